/**
 * The backup archive's format (docs/decisions/0036-backup-and-restore.md):
 *
 *   "VIGIEBK1" | u32 header length | header JSON (format, key id, IV, creation time) | AES-256-GCM ciphertext | 16-byte tag
 *
 * The header is authenticated as the cipher's additional data. The plaintext is gzip of frames
 * `type (1 byte) | u32 length | payload`: a manifest, then per table a start (name, columns), COPY text
 * chunks and an end (row count), the sequences, and an end frame. Nothing is ever written unencrypted.
 */
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from "node:crypto";
import { Transform, type TransformCallback } from "node:stream";

export const MAGIC = Buffer.from("VIGIEBK1", "ascii");
const TAG_BYTES = 16;
const MAX_HEADER_BYTES = 4096;

export type TArchiveHeader = { format: 1; keyId: string; iv: string; createdAt: string };

export const FRAME = {
  manifest: 0x4d, // M
  tableStart: 0x54, // T
  data: 0x44, // D
  tableEnd: 0x45, // E
  sequences: 0x53, // S
  end: 0x5a, // Z
} as const;

export class BackupFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BackupFormatError";
  }
}

/** A short public id of a backup key, so that restore can say "wrong key" before reading anything. */
export function backupKeyId(key: Buffer): string {
  return createHmac("sha256", key).update("vigie:backup-key-id:v1").digest().subarray(0, 8).toString("hex");
}

export function frame(type: number, payload: Buffer | string): Buffer {
  const body = typeof payload === "string" ? Buffer.from(payload, "utf8") : payload;
  const head = Buffer.alloc(5);
  head.writeUInt8(type, 0);
  head.writeUInt32BE(body.length, 1);
  return Buffer.concat([head, body]);
}

/** The archive's plaintext prefix and a cipher stream whose output follows it (the tag is appended at the end). */
export function createEncryptor(key: Buffer): { prefix: Buffer; cipher: Transform } {
  const iv = randomBytes(12);
  const header: TArchiveHeader = { format: 1, keyId: backupKeyId(key), iv: iv.toString("base64"), createdAt: new Date().toISOString() };
  const headerBytes = Buffer.from(JSON.stringify(header), "utf8");
  const length = Buffer.alloc(4);
  length.writeUInt32BE(headerBytes.length);
  const prefix = Buffer.concat([MAGIC, length, headerBytes]);
  const gcm = createCipheriv("aes-256-gcm", key, iv);
  gcm.setAAD(prefix);
  const cipher = new Transform({
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      callback(null, gcm.update(chunk));
    },
    flush(callback: TransformCallback) {
      const rest = gcm.final();
      callback(null, Buffer.concat([rest, gcm.getAuthTag()]));
    },
  });
  return { prefix, cipher };
}

/**
 * Reads the archive's prefix from `source` and returns its header and a decipher stream for the rest.
 * The stream fails at its end when the tag does not verify: whoever consumes it must not keep
 * anything before the stream has ended cleanly (restore commits only then).
 */
export async function openArchive(
  source: AsyncIterable<Buffer>,
  keyFor: (keyId: string) => Buffer | undefined,
): Promise<{ header: TArchiveHeader; plaintext: AsyncIterable<Buffer> }> {
  const iterator = source[Symbol.asyncIterator]();
  let buffered = Buffer.alloc(0);
  async function fill(bytes: number) {
    while (buffered.length < bytes) {
      const next = await iterator.next();
      if (next.done) throw new BackupFormatError("archive tronquée / truncated archive");
      buffered = Buffer.concat([buffered, next.value]);
    }
  }
  await fill(MAGIC.length + 4);
  if (!buffered.subarray(0, MAGIC.length).equals(MAGIC)) throw new BackupFormatError("ce fichier n'est pas une sauvegarde Vigie IA / not a Vigie IA backup");
  const headerLength = buffered.readUInt32BE(MAGIC.length);
  if (headerLength > MAX_HEADER_BYTES) throw new BackupFormatError("en-tête invalide / invalid header");
  await fill(MAGIC.length + 4 + headerLength);
  const prefix = buffered.subarray(0, MAGIC.length + 4 + headerLength);
  let header: TArchiveHeader;
  try {
    header = JSON.parse(prefix.subarray(MAGIC.length + 4).toString("utf8")) as TArchiveHeader;
  } catch {
    throw new BackupFormatError("en-tête invalide / invalid header");
  }
  if (header.format !== 1) throw new BackupFormatError(`format ${String(header.format)} inconnu / unknown format`);
  const key = keyFor(header.keyId);
  if (!key) throw new BackupFormatError(`clé de sauvegarde ${header.keyId} absente / backup key ${header.keyId} not available`);
  const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(header.iv, "base64"));
  decipher.setAAD(prefix);
  let rest = buffered.subarray(prefix.length);

  async function* plaintext(): AsyncGenerator<Buffer> {
    // The last 16 bytes of the file are the tag: always hold them back.
    for (;;) {
      const next = await iterator.next();
      if (next.done) break;
      rest = Buffer.concat([rest, next.value]);
      if (rest.length > TAG_BYTES) {
        const ready = rest.subarray(0, rest.length - TAG_BYTES);
        rest = rest.subarray(rest.length - TAG_BYTES);
        yield decipher.update(ready);
      }
    }
    if (rest.length < TAG_BYTES) throw new BackupFormatError("archive tronquée / truncated archive");
    const tail = decipher.update(rest.subarray(0, rest.length - TAG_BYTES));
    decipher.setAuthTag(rest.subarray(rest.length - TAG_BYTES));
    try {
      const last = Buffer.concat([tail, decipher.final()]);
      if (last.length) yield last;
    } catch {
      throw new BackupFormatError("archive altérée ou mauvaise clé / archive altered or wrong key");
    }
  }
  return { header, plaintext: plaintext() };
}

/** Splits a byte stream into frames. */
export async function* readFrames(source: AsyncIterable<Buffer>): AsyncGenerator<{ type: number; payload: Buffer }> {
  let buffered: Buffer = Buffer.alloc(0);
  for await (const chunk of source) {
    buffered = buffered.length ? Buffer.concat([buffered, chunk]) : chunk;
    while (buffered.length >= 5) {
      const length = buffered.readUInt32BE(1);
      if (buffered.length < 5 + length) break;
      yield { type: buffered.readUInt8(0), payload: buffered.subarray(5, 5 + length) };
      buffered = buffered.subarray(5 + length);
    }
  }
  if (buffered.length) throw new BackupFormatError("archive tronquée / truncated archive");
}
