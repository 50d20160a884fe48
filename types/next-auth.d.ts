import type { DefaultSession } from "next-auth";

declare module "next-auth" {
  interface Session {
    /** The user's session version when the JWT was issued (see User.sessionVersion). */
    sessionVersion: number;
    user: { id: string } & DefaultSession["user"];
  }
}
