import "server-only";

import { randomBytes } from "node:crypto";
import { promises as fs } from "node:fs";
import path from "node:path";

import type { TCalendarDate } from "@/lib/consultations/calendar-date";
import type { TConcern, TTriState } from "@/lib/deployments/schemas";
import { env } from "@/lib/env";
import type { TReportContent } from "@/lib/reports/content";
import { aad, decryptText, encryptText, reencrypt } from "@/lib/reports/crypto";

/**
 * Where anonymous writes wait for their batch (issue 14, point 4; docs/threat-model.md).
 *
 * A row's transaction id (xmin), its place in the table (ctid) and the WAL's commit records date it to
 * the second among the timestamped rows around it. So a report or a reporter's message is not written
 * to the database when it is sent: it is written here, encrypted, one file per entry, fsync'ed before
 * the reporter gets an answer, with the file's times set to the start of its batch window. At the end of
 * the window, lib/reports/flush-intake.ts writes the whole batch in one transaction, in random order:
 * the database can then date a report only to its window (REPORT_BATCH_MINUTES, 4 h by default).
 * Meanwhile the reporter's follow-up reads the entry from here; reps see it once the batch is written.
 */
export type TSpoolReport = {
  kind: "report";
  id: string;
  receiptHash: string;
  employerId: string | null;
  content: TReportContent;
  staffInformed: TTriState;
  concerns: TConcern[];
  submittedOn: TCalendarDate;
};
export type TSpoolMessage = { kind: "message"; key: string; reportId: string; body: string; sentOn: TCalendarDate };
export type TSpoolEntry = (TSpoolReport | TSpoolMessage) & { batch: number };
export type TSpooled = { name: string; entry: TSpoolEntry };

const SUFFIX = ".entry";

export function spoolDir(): string {
  return path.resolve(env().REPORT_SPOOL_DIR);
}

/** The batch window `now` falls in, and when it starts and ends (epoch ms). */
export function batchWindow(now: number = Date.now()): { batch: number; startsAt: number; endsAt: number } {
  const length = env().REPORT_BATCH_MINUTES * 60_000;
  const batch = Math.floor(now / length);
  return { batch, startsAt: batch * length, endsAt: (batch + 1) * length };
}

/** The batch window in whole hours, as the public pages say it (at least one). */
export const batchHours = () => Math.max(1, Math.round(env().REPORT_BATCH_MINUTES / 60));

/** Stores one entry durably (temp file, fsync, rename, fsync of the folder), dated to its window's start. */
export async function spool(entry: TSpoolReport | TSpoolMessage, now: number = Date.now()): Promise<void> {
  const dir = spoolDir();
  await fs.mkdir(path.dirname(dir), { recursive: true }); // parents with the default mode
  await fs.mkdir(dir, { recursive: true, mode: 0o700 });
  const { batch, startsAt } = batchWindow(now);
  const name = `${randomBytes(16).toString("hex")}${SUFFIX}`;
  const sealed = encryptText(JSON.stringify({ ...entry, batch }), aad.spoolEntry(name));
  const temp = path.join(dir, `.${name}.tmp`);
  const handle = await fs.open(temp, "wx", 0o600);
  try {
    await handle.writeFile(sealed);
    await handle.sync();
  } finally {
    await handle.close();
  }
  const windowStart = new Date(startsAt);
  await fs.utimes(temp, windowStart, windowStart);
  await fs.rename(temp, path.join(dir, name));
  await syncDir(dir);
}

async function syncDir(dir: string): Promise<void> {
  const handle = await fs.open(dir, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Every entry waiting, decrypted. */
export async function readSpool(): Promise<TSpooled[]> {
  const dir = spoolDir();
  let names: string[];
  try {
    names = (await fs.readdir(dir)).filter((name) => name.endsWith(SUFFIX));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  const entries = await Promise.all(
    names.map(async (name) => {
      try {
        const data = await fs.readFile(path.join(dir, name));
        return { name, entry: JSON.parse(decryptText(data, aad.spoolEntry(name))) as TSpoolEntry };
      } catch (error) {
        // Gone meanwhile (another flush): skip it. Anything else (a foreign key, a broken file) is an error.
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw error;
      }
    }),
  );
  return entries.filter((spooled): spooled is TSpooled => spooled !== null);
}

export async function removeSpooled(names: string[]): Promise<void> {
  if (names.length === 0) return;
  const dir = spoolDir();
  await Promise.all(names.map((name) => fs.rm(path.join(dir, name), { force: true })));
  await syncDir(dir);
}

export async function findSpooledReport(match: (report: TSpoolReport) => boolean): Promise<TSpoolReport | null> {
  for (const { entry } of await readSpool()) if (entry.kind === "report" && match(entry)) return entry;
  return null;
}

export async function spooledMessagesOf(reportId: string): Promise<TSpoolMessage[]> {
  return (await readSpool()).flatMap(({ entry }) => (entry.kind === "message" && entry.reportId === reportId ? [entry] : []));
}

/** Key rotation: rewrites every entry under the current key, keeping its name and its times. */
export async function reencryptSpool(): Promise<number> {
  const dir = spoolDir();
  let count = 0;
  let names: string[];
  try {
    names = (await fs.readdir(dir)).filter((name) => name.endsWith(SUFFIX));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return 0;
    throw error;
  }
  for (const name of names) {
    const file = path.join(dir, name);
    const [data, stats] = await Promise.all([fs.readFile(file), fs.stat(file)]).catch(() => [null, null] as const);
    if (!data || !stats) continue;
    const rewritten = reencrypt(data, aad.spoolEntry(name));
    if (!rewritten) continue;
    const temp = path.join(dir, `.${name}.tmp`);
    await fs.writeFile(temp, rewritten, { mode: 0o600 });
    await fs.utimes(temp, stats.mtime, stats.mtime);
    await fs.rename(temp, file);
    count += 1;
  }
  if (count > 0) await syncDir(dir);
  return count;
}
