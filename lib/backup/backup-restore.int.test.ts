/**
 * Issue 16, point 7: backup → wipe → restore gives back every row of every table and every report's
 * receipt; an archive is unreadable without its key and any alteration is refused with nothing written.
 */
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createReadStream, createWriteStream, readFileSync, statSync, writeFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { finished } from "node:stream/promises";
import { promisify } from "node:util";

import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import { prisma } from "@/lib/db";
import { flushIntake } from "@/lib/reports/flush-intake";
import { openReportByReceipt } from "@/lib/reports/follow-up";
import { intakeClient, submitReportFromJson } from "@/lib/reports/public-intake";
import { createActor, createEmployer } from "@/tests/factories";
import { createCase } from "@/tests/factories/cases";
import { fromClient } from "@/tests/setup/client-headers";
import { createDatabase, dropDatabase, uniqueDatabaseName } from "@/tests/setup/postgres";

import { backupKeyId } from "./archive";
import { backupDatabase } from "./backup-database";
import { restoreDatabase } from "./restore-database";

const ownerUrl = inject("databaseUrl");
const adminUrl = inject("adminDatabaseUrl");
const key = randomBytes(32);
const keyFor = (keyId: string) => (keyId === backupKeyId(key) ? key : undefined);
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "vigie-backup-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Every row of every table of the app (as JSON, sorted) and every sequence's position. */
async function contents(url: string): Promise<Record<string, string[]>> {
  return withClient(url, async (client) => {
    const { rows: tables } = await client.query<{ name: string }>(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations' ORDER BY 1`,
    );
    const out: Record<string, string[]> = {};
    for (const { name } of tables) {
      const { rows } = await client.query<{ line: string }>(`SELECT row_to_json(t)::text AS line FROM ${client.escapeIdentifier(name)} t ORDER BY 1`);
      out[name] = rows.map((row) => row.line);
    }
    const { rows: sequences } = await client.query<{ name: string }>(
      `SELECT sequencename AS name FROM pg_sequences WHERE schemaname = current_schema() ORDER BY 1`,
    );
    for (const { name } of sequences) {
      const { rows } = await client.query<{ line: string }>(`SELECT last_value::text || ':' || is_called AS line FROM ${client.escapeIdentifier(name)}`);
      out[`sequence ${name}`] = rows.map((row) => row.line);
    }
    return out;
  });
}

async function wipe(url: string) {
  await withClient(url, async (client) => {
    const { rows } = await client.query<{ name: string }>(
      `SELECT quote_ident(tablename) AS name FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations'`,
    );
    await client.query(`TRUNCATE ${rows.map((row) => row.name).join(", ")} RESTART IDENTITY CASCADE`);
  });
}

async function writeBackup(file: string, url = ownerUrl) {
  const out = createWriteStream(file, { mode: 0o600 });
  const summary = await backupDatabase({ databaseUrl: url, key, out });
  await finished(out);
  return summary;
}

const restoreFrom = (file: string, url: string, keys = keyFor) =>
  restoreDatabase({ databaseUrl: url, source: createReadStream(file), keyFor: keys, migrationsDir: "prisma/migrations" });

let seeded = 0;

/** Reports with receipts, a case and audit rows (each seed from its own /24: the intake throttles per /24). */
async function seed() {
  seeded += 1;
  const employer = await createEmployer({ legalName: "Banque de la Sauvegarde" });
  const rep = await createActor("rep", { employerIds: [employer.id] });
  await createCase(employer.id, { localName: "Assistant de courriels" });
  await prisma.auditEvent.create({ data: { actorId: rep.id, action: "case.create", entityType: "case", entityId: employer.id } });
  const receipts: string[] = [];
  for (let index = 0; index < 3; index += 1) {
    const { result } = await submitReportFromJson(
      { employerId: employer.id, whatItDoes: `Outil d'IA qui note chaque appel, signalement ${index}.` },
      fromClient(`198.51.${seeded}.${index + 1}`),
    );
    if (!result.ok) throw new Error("report refused");
    receipts.push(result.data.receipt);
  }
  await flushIntake({ includeCurrent: true });
  return receipts;
}

const run = promisify(execFile);
const TSX = path.resolve("node_modules/.bin/tsx");

describe("backup and restore", () => {
  it("npm run backup / npm run restore: the commands, with the key made in the secrets folder", { timeout: 180_000 }, async () => {
    await seed();
    const before = await contents(ownerUrl);
    const env = {
      ...process.env,
      DATABASE_URL: inject("appDatabaseUrl"),
      MIGRATION_DATABASE_URL: ownerUrl,
      VIGIE_DATA_DIR: path.join(dir, "install", "data"),
      VIGIE_SECRETS_DIR: path.join(dir, "install", "secrets"),
      BACKUP_KEY: "",
    };
    const backup = await run(TSX, ["scripts/backup.ts", "--out", path.join(dir, "cli")], { env });
    const file = /backup (\S+\.vigiebak):/.exec(backup.stdout)?.[1];
    expect(file, backup.stdout).toBeTruthy();
    expect(statSync(file!).mode & 0o777).toBe(0o600);
    expect(statSync(path.join(env.VIGIE_SECRETS_DIR, "backup-key.json")).mode & 0o777).toBe(0o600);

    const name = uniqueDatabaseName("vigie_restore");
    const url = await createDatabase(adminUrl, name);
    try {
      const restored = await run(TSX, ["scripts/restore.ts", file!], { env: { ...env, MIGRATION_DATABASE_URL: url } });
      expect(restored.stdout).toContain("restore done");
      expect(await contents(url)).toEqual(before);
      // A second restore into the same, now full, database is refused with exit code 1.
      await expect(run(TSX, ["scripts/restore.ts", file!], { env: { ...env, MIGRATION_DATABASE_URL: url } })).rejects.toMatchObject({ code: 1 });
    } finally {
      await dropDatabase(adminUrl, name);
    }
  });

  it("backup → wipe → restore: every table's rows, every sequence and every receipt as before", { timeout: 120_000 }, async () => {
    const receipts = await seed();
    const before = await contents(ownerUrl);
    expect(before.member_reports!.length).toBeGreaterThanOrEqual(3);

    const file = path.join(dir, "full.vigiebak");
    const summary = await writeBackup(file);
    expect(summary.rows).toBeGreaterThan(5);
    // Encrypted: nothing of the content can be read from the file.
    const bytes = readFileSync(file);
    expect(bytes.includes(Buffer.from("Banque de la Sauvegarde"))).toBe(false);
    expect(bytes.includes(Buffer.from("Assistant de courriels"))).toBe(false);

    await wipe(ownerUrl);
    for (const receipt of receipts) await expect(openReportByReceipt({ receipt }, intakeClient(fromClient("192.0.2.50")))).rejects.toThrow();

    const restored = await restoreFrom(file, ownerUrl);
    expect(restored.rows).toBe(summary.rows);
    expect(await contents(ownerUrl)).toEqual(before);
    for (const receipt of receipts) await expect(openReportByReceipt({ receipt }, intakeClient(fromClient("192.0.2.51")))).resolves.toBeTruthy();
  });

  it("restores into a new database (no tables yet): migrations replayed, then the same rows", { timeout: 120_000 }, async () => {
    await seed();
    const before = await contents(ownerUrl);
    const file = path.join(dir, "new.vigiebak");
    await writeBackup(file);
    const name = uniqueDatabaseName("vigie_restore");
    const url = await createDatabase(adminUrl, name);
    try {
      const result = await restoreFrom(file, url);
      expect(result.migrationsReplayed).toBeGreaterThan(10);
      expect(result.migrationsAfter).toBe(0);
      expect(await contents(url)).toEqual(before);
    } finally {
      await dropDatabase(adminUrl, name);
    }
  });

  it("refuses a wrong key, an altered or truncated archive and a database that is not empty, writing nothing", { timeout: 120_000 }, async () => {
    await seed();
    const before = await contents(ownerUrl);
    const file = path.join(dir, "refusals.vigiebak");
    await writeBackup(file);

    // Not empty: refused before anything is read.
    await expect(restoreFrom(file, ownerUrl)).rejects.toThrow(/pas vide/);
    expect(await contents(ownerUrl)).toEqual(before);

    await wipe(ownerUrl);
    const empty = await contents(ownerUrl);
    const otherKey = randomBytes(32);
    await expect(restoreFrom(file, ownerUrl, (id) => (id === backupKeyId(otherKey) ? otherKey : undefined))).rejects.toThrow(/clé de sauvegarde/);

    const bytes = readFileSync(file);
    const altered = Buffer.from(bytes);
    altered[Math.floor(altered.length * 0.6)]! ^= 0x01;
    writeFileSync(path.join(dir, "altered.vigiebak"), altered);
    await expect(restoreFrom(path.join(dir, "altered.vigiebak"), ownerUrl)).rejects.toThrow();
    expect(await contents(ownerUrl)).toEqual(empty);

    writeFileSync(path.join(dir, "truncated.vigiebak"), bytes.subarray(0, bytes.length - 40));
    await expect(restoreFrom(path.join(dir, "truncated.vigiebak"), ownerUrl)).rejects.toThrow();
    expect(await contents(ownerUrl)).toEqual(empty);

    // The intact archive still restores afterwards.
    await restoreFrom(file, ownerUrl);
    expect(await contents(ownerUrl)).toEqual(before);
  });
});
