import "server-only";

import { createHash, randomBytes } from "node:crypto";
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
  /** The one union the member chose to tell (issue 15); absent or null: every union present at the employer. */
  unionId?: string | null;
};
export type TSpoolMessage = { kind: "message"; key: string; reportId: string; body: string; sentOn: TCalendarDate };
export type TSpoolEntry = (TSpoolReport | TSpoolMessage) & { batch: number };
export type TSpooled = { name: string; entry: TSpoolEntry };

const SUFFIX = ".entry";

/**
 * File names let the follow-up find its entries without decrypting the others (a flood of waiting
 * reports must not make each look-up slower): `r-<report id>-<digest of the receipt hash>.entry` for a
 * report, `m-<report id>-<random>.entry` for a message. They say nothing the database will not hold once
 * the batch is written (report ids, receipt hashes).
 */
const receiptDigest = (receiptHash: string) => createHash("sha256").update(receiptHash).digest("hex").slice(0, 32);
function entryName(entry: TSpoolReport | TSpoolMessage): string {
  return entry.kind === "report"
    ? `r-${entry.id}-${receiptDigest(entry.receiptHash)}${SUFFIX}`
    : `m-${entry.reportId}-${randomBytes(8).toString("hex")}${SUFFIX}`;
}

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
  const name = entryName(entry);
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

async function entryNames(): Promise<string[]> {
  try {
    return (await fs.readdir(spoolDir())).filter((name) => name.endsWith(SUFFIX));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
}

/**
 * Every entry waiting (or those whose name `select` keeps), decrypted. An entry that does not open (a
 * broken file, a key no longer in the keyring) is moved to `unreadable/` and counted in `onUnreadable`,
 * so that it blocks neither a reporter's follow-up nor the batches of everyone else.
 */
export async function readSpool(select: (name: string) => boolean = () => true, onUnreadable: (name: string) => void = () => {}): Promise<TSpooled[]> {
  const dir = spoolDir();
  const names = (await entryNames()).filter(select);
  const entries = await Promise.all(
    names.map(async (name) => {
      try {
        const data = await fs.readFile(path.join(dir, name));
        return { name, entry: JSON.parse(decryptText(data, aad.spoolEntry(name))) as TSpoolEntry };
      } catch (error) {
        // Gone meanwhile (another flush): skip it.
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
        if ((error as NodeJS.ErrnoException).syscall) throw error; // the disk, not the entry
        await fs.mkdir(path.join(dir, "unreadable"), { recursive: true, mode: 0o700 });
        await fs.rename(path.join(dir, name), path.join(dir, "unreadable", name)).catch(() => undefined);
        onUnreadable(name);
        return null;
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

/** The waiting report of this id, or of this receipt hash. */
export async function findSpooledReport(key: { id: string } | { receiptHash: string }): Promise<TSpoolReport | null> {
  const select =
    "id" in key ? (name: string) => name.startsWith(`r-${key.id}-`) : (name: string) => name.startsWith("r-") && name.endsWith(`-${receiptDigest(key.receiptHash)}${SUFFIX}`);
  for (const { entry } of await readSpool(select)) {
    if (entry.kind === "report" && ("id" in key ? entry.id === key.id : entry.receiptHash === key.receiptHash)) return entry;
  }
  return null;
}

export async function spooledMessagesOf(reportId: string): Promise<TSpoolMessage[]> {
  const spooled = await readSpool((name) => name.startsWith(`m-${reportId}-`));
  return spooled.flatMap(({ entry }) => (entry.kind === "message" && entry.reportId === reportId ? [entry] : []));
}

/** Key rotation: rewrites every entry under the current key, keeping its name and its times. */
export async function reencryptSpool(): Promise<number> {
  const dir = spoolDir();
  let count = 0;
  for (const name of await entryNames()) {
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
