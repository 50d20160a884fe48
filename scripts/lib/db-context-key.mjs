/**
 * The key that signs the app's row-level security context (docs/decisions/0037-row-level-security.md),
 * derived from AUTH_SECRET, and the HMAC pads PostgreSQL verifies it with (vigie_rls.context_key).
 * Shared by the launcher (which writes the pads as the owner) and lib/db-context.ts (which signs).
 */
import { createHmac } from "node:crypto";

import pg from "pg";

/** @param {string} authSecret */
export function contextKey(authSecret) {
  return createHmac("sha256", authSecret).update("vigie:rls-context-key:v1").digest();
}

/** HMAC-SHA256's inner and outer pads of `key` (block size 64): sha256(outer ‖ sha256(inner ‖ m)) is the HMAC. */
export function contextPads(key) {
  const block = Buffer.alloc(64);
  key.copy(block);
  return { inner: Buffer.from(block.map((byte) => byte ^ 0x36)), outer: Buffer.from(block.map((byte) => byte ^ 0x5c)) };
}

/**
 * Writes (or replaces, after an AUTH_SECRET rotation) the pads, as the owner of the tables. A no-op
 * before the row-level security migration.
 * @param {string} ownerUrl
 * @param {string} authSecret
 */
export async function syncContextKey(ownerUrl, authSecret) {
  const { inner, outer } = contextPads(contextKey(authSecret));
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const { rows } = await client.query("SELECT to_regclass('vigie_rls.context_key') IS NOT NULL AS ready");
    if (!rows[0].ready) return false;
    await client.query(
      `INSERT INTO vigie_rls.context_key (inner_pad, outer_pad) VALUES ($1, $2)
       ON CONFLICT (singleton) DO UPDATE SET inner_pad = excluded.inner_pad, outer_pad = excluded.outer_pad, updated_at = now()
       WHERE vigie_rls.context_key.inner_pad <> excluded.inner_pad OR vigie_rls.context_key.outer_pad <> excluded.outer_pad`,
      [inner, outer],
    );
    return true;
  } finally {
    await client.end();
  }
}
