/**
 * Creates an account from the command line (first admin of a real deployment, or a recovery):
 *
 *   npm run user:create -- --email a@b.fr --role admin [--name "Prénom Nom"] [--password "…"]
 *
 * Without --password, a one-time password is generated, printed once, and the user must choose a new
 * one at first sign-in. Prefer that: a password typed on the command line stays in the shell history.
 * Needs DATABASE_URL. Exit code 0 on success, 1 on any error.
 */
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";

import { PrismaPg } from "@prisma/adapter-pg";
import { z } from "zod";

import { PrismaClient } from "@/generated/prisma/client";
import { hashPassword } from "@/lib/auth/password";
import { isStrongPassword } from "@/lib/security/password-strength";
import { ROLES } from "@/lib/authz/permissions";

const USAGE =
  'Usage: npm run user:create -- --email a@b.fr --role admin|rep|viewer [--name "Prénom Nom"] [--password "…"]';

const ZUserCreateArgs = z.object({
  email: z
    .string({ error: "--email est obligatoire / --email is required" })
    .trim()
    .toLowerCase()
    .pipe(z.email({ error: "adresse e-mail invalide / invalid e-mail address" }).max(254)),
  role: z.enum(ROLES, {
    error: `rôle invalide, attendu : ${ROLES.join(", ")} / invalid role, expected one of: ${ROLES.join(", ")}`,
  }),
  name: z.string().trim().min(1).max(120).optional(),
  password: z
    .string()
    .min(12, { error: "mot de passe trop court (12 caractères min.) / password too short (at least 12 characters)" })
    .max(256)
    .refine((value) => isStrongPassword(value), {
      error: "mot de passe trop facile à deviner (mot courant, suite, répétition) / password too easy to guess (common word, sequence, repetition)",
    })
    .optional(),
});
type TUserCreateArgs = z.infer<typeof ZUserCreateArgs>;

class UsageError extends Error {}

function readArgs(argv: string[]): TUserCreateArgs {
  let values: Record<string, unknown>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        email: { type: "string" },
        role: { type: "string" },
        name: { type: "string" },
        password: { type: "string" },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError(`Arguments invalides / Invalid arguments: ${(error as Error).message}\n${USAGE}`);
  }
  const parsed = ZUserCreateArgs.safeParse(values);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  --${issue.path.join(".")}: ${issue.message}`);
    throw new UsageError(`Arguments invalides / Invalid arguments:\n${lines.join("\n")}\n${USAGE}`);
  }
  return parsed.data;
}

/** 18 random bytes = 144 bits, printed as 24 URL-safe characters. */
function generateOneTimePassword(): string {
  return randomBytes(18).toString("base64url");
}

async function createUser(prisma: PrismaClient, args: TUserCreateArgs, password: string, mustChangePassword: boolean) {
  const existing = await prisma.user.findUnique({ where: { email: args.email }, select: { id: true } });
  if (existing) {
    throw new UsageError(`Un compte existe déjà pour ${args.email}. / An account already exists for ${args.email}.`);
  }
  const passwordHash = await hashPassword(password);
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.create({
      data: {
        email: args.email,
        // The e-mail's local part until the user sets a display name.
        name: args.name ?? args.email.split("@")[0]!,
        role: args.role,
        passwordHash,
        mustChangePassword,
      },
      select: { id: true },
    });
    await tx.auditEvent.create({
      data: {
        actorId: null,
        action: "user.create",
        entityType: "user",
        entityId: user.id,
        changes: { role: { before: null, after: args.role } },
      },
    });
    return user;
  });
}

function printOneTimePassword(email: string, password: string): void {
  console.log(
    [
      "",
      `  Mot de passe à usage unique pour ${email} (affiché une seule fois) :`,
      `  One-time password for ${email} (shown only once):`,
      "",
      `      ${password}`,
      "",
      "  Il devra être changé à la première connexion. / It must be changed at first sign-in.",
      "",
    ].join("\n"),
  );
}

async function main(): Promise<number> {
  const args = readArgs(process.argv.slice(2));
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) {
    console.error(
      "DATABASE_URL n'est pas défini : indiquez la base où créer le compte (voir .env.example).\n" +
        "DATABASE_URL is not set: point it at the database to create the account in (see .env.example).",
    );
    return 1;
  }

  const password = args.password ?? generateOneTimePassword();
  const isOneTime = args.password === undefined;

  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
  try {
    const user = await createUser(prisma, args, password, isOneTime);
    console.log(`Compte créé / Account created: ${args.email} (${args.role}, id ${user.id})`);
    if (isOneTime) printOneTimePassword(args.email, password);
    return 0;
  } finally {
    await prisma.$disconnect();
  }
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(error instanceof UsageError ? error.message : error);
  process.exitCode = 1;
}
