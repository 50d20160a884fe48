import "server-only";

import { createHash, randomBytes, randomInt } from "node:crypto";

import type { Prisma } from "@/generated/prisma/client";
import { hashPassword } from "@/lib/auth/password";
import { env } from "@/lib/env";

type TTx = Prisma.TransactionClient;

// No look-alike characters (0/O, 1/l/I): the admin reads it out or copies it to the new user.
const ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** A one-time password: 4 groups of 5 characters from a 55-letter alphabet (~115 bits). */
export function generateOneTimePassword(): string {
  const groups = Array.from({ length: 4 }, () =>
    Array.from({ length: 5 }, () => ALPHABET[randomInt(ALPHABET.length)]).join(""),
  );
  return groups.join("-");
}

export function hashInviteToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Sets a one-time password the user must replace at first sign-in; returns it (shown once). */
export async function issueOneTimePassword(tx: TTx, userId: string): Promise<string> {
  const password = generateOneTimePassword();
  await tx.user.update({
    where: { id: userId },
    data: { passwordHash: await hashPassword(password), mustChangePassword: true, sessionVersion: { increment: 1 } },
  });
  return password;
}

/**
 * Creates an invitation link token (returned once; only its SHA-256 is stored) and revokes the
 * user's earlier unused invitations.
 */
export async function issueInvite(tx: TTx, userId: string, issuerId: string): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(Date.now() + env().INVITE_TTL_HOURS * 3600 * 1000);
  await tx.invite.updateMany({ where: { userId, usedAt: null }, data: { usedAt: new Date() } });
  await tx.invite.create({ data: { userId, tokenHash: hashInviteToken(token), expiresAt, createdById: issuerId } });
  return { token, expiresAt };
}
