/**
 * The key of backup archives (docs/decisions/0036-backup-and-restore.md): BACKUP_KEY (base64, 32 bytes) when
 * set, else `backup-key.json` in the secrets folder, created on the first backup. Never beside the data:
 * an archive is useless to whoever holds it without this key (e.g. the employer's backup system).
 * Older keys stay in the file after a rotation so that older archives still open.
 */
import { randomBytes } from "node:crypto";
import { existsSync, promises as fs, readFileSync } from "node:fs";
import path from "node:path";

import { backupKeyId } from "./archive";

type TKeyFile = { current: string; keys: Record<string, string> };

export type TBackupKeys = { current: Buffer; keyFor(keyId: string): Buffer | undefined; source: string };

function decode(base64: string, what: string): Buffer {
  const key = Buffer.from(base64, "base64");
  if (key.length !== 32) throw new Error(`${what}: 32 octets en base64 attendus / 32 bytes in base64 expected`);
  return key;
}

function fromKeys(keys: Buffer[], current: Buffer, source: string): TBackupKeys {
  const byId = new Map(keys.map((key) => [backupKeyId(key), key]));
  return { current, keyFor: (keyId) => byId.get(keyId), source };
}

/** Reads the backup keys; with `create`, makes the file (mode 0600) when neither it nor BACKUP_KEY exists. */
export async function loadBackupKeys(options: { secretsDir: string; env?: Record<string, string | undefined>; create: boolean }): Promise<TBackupKeys> {
  const env = options.env ?? process.env;
  const file = path.join(options.secretsDir, "backup-key.json");
  const stored: TKeyFile | undefined = existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as TKeyFile) : undefined;
  const storedKeys = stored ? Object.values(stored.keys).map((value) => decode(value, file)) : [];
  if (env.BACKUP_KEY) {
    const key = decode(env.BACKUP_KEY, "BACKUP_KEY");
    return fromKeys([key, ...storedKeys], key, "BACKUP_KEY");
  }
  if (stored) return fromKeys(storedKeys, decode(stored.keys[stored.current] ?? "", file), file);
  if (!options.create) {
    throw new Error(`aucune clé de sauvegarde : définissez BACKUP_KEY ou restaurez ${file} / no backup key: set BACKUP_KEY or restore ${file}`);
  }
  const key = randomBytes(32);
  await fs.mkdir(options.secretsDir, { recursive: true, mode: 0o700 });
  const content: TKeyFile = { current: backupKeyId(key), keys: { [backupKeyId(key)]: key.toString("base64") } };
  await fs.writeFile(file, `${JSON.stringify(content, null, 2)}\n`, { mode: 0o600, flag: "wx" });
  return fromKeys([key], key, file);
}
