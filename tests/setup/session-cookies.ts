/**
 * A signed-in browser for route handlers and pages called in integration tests: the session cookie
 * Auth.js would have set for an actor (same encoding as lib/auth/session-cookie.ts reads), served by
 * a `next/headers` stand-in. Use with `vi.mock("next/headers", () => nextHeadersMock)`.
 */
import { encode } from "next-auth/jwt";

import type { TCurrentUser } from "@/lib/auth/session";
import { SESSION_COOKIE } from "@/lib/auth/auth.config";
import { prisma } from "@/lib/db";

const jar = new Map<string, string>();

export const nextHeadersMock = {
  headers: async () => new Headers(),
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    getAll: () => [...jar].map(([name, value]) => ({ name, value })),
    set: () => undefined,
  }),
};

/** Makes the next calls run as `actor` (null: signed out). */
export async function signInAs(actor: TCurrentUser | null): Promise<void> {
  jar.clear();
  if (!actor) return;
  const { sessionVersion } = await prisma.user.findUniqueOrThrow({ where: { id: actor.id }, select: { sessionVersion: true } });
  const value = await encode({
    token: { sub: actor.id, sid: actor.sessionId, sv: sessionVersion },
    secret: process.env.AUTH_SECRET!,
    salt: SESSION_COOKIE.name,
    maxAge: 3600,
  });
  jar.set(SESSION_COOKIE.name, value);
}
