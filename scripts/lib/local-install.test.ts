import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { legacyReceiptSalt as appLegacySalt } from "@/lib/reports/crypto";
import { derivedKeyId as appKeyId } from "@/lib/reports/keyring";

import { derivedKeyId, installPaths, legacyReceiptSalt, localInstallEnv, prepareSecrets } from "./local-install.mjs";

let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), "vigie-install-"));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const KEY = Buffer.alloc(32, 9).toString("base64");

describe("a local install's secrets", () => {
  it("derive key ids and the legacy receipt salt exactly as the app does", () => {
    expect(derivedKeyId(KEY)).toBe(appKeyId(Buffer.from(KEY, "base64")));
    expect(legacyReceiptSalt(KEY)).toBe(appLegacySalt(KEY).toString("base64"));
  });

  it("live in a folder apart from the database files, readable by their owner only", async () => {
    const env = { VIGIE_DATA_DIR: path.join(root, "install", "data") };
    const { added, paths } = await prepareSecrets(env);
    expect(paths.secretsDir).toBe(path.join(root, "install", "data-secrets"));
    // Their parent keeps the default mode: embedded PostgreSQL, another user, must get through it.
    expect(statSync(path.join(root, "install")).mode & 0o055).toBe(0o055 & ~process.umask());
    expect(paths.secretsDir.startsWith(`${paths.dataDir}${path.sep}`)).toBe(false);
    expect(Object.keys(added).sort()).toEqual(["AUTH_SECRET", "REPORT_KEYRING_FILE", "REPORT_RECEIPT_SALT", "REPORT_SPOOL_DIR"]);
    expect(statSync(paths.secretsFile).mode & 0o777).toBe(0o600);
    expect(statSync(paths.keyringFile).mode & 0o777).toBe(0o600);
    expect(statSync(paths.secretsDir).mode & 0o777).toBe(0o700);
    expect(existsSync(path.join(paths.dataDir, "secrets.json"))).toBe(false);
    // Second start: the same values, nothing regenerated.
    expect((await prepareSecrets(env)).added).toEqual(added);
    expect(localInstallEnv(env)).toMatchObject({ AUTH_SECRET: added.AUTH_SECRET, REPORT_KEYRING_FILE: paths.keyringFile });
  });

  it("give maintenance commands the app's role for the data and the owner for migrations and backups", async () => {
    const env = { VIGIE_DATA_DIR: path.join(root, "roles", "data"), EMBEDDED_PG_PORT: "54444" };
    const { appPassword } = await prepareSecrets(env);
    expect(appPassword).toMatch(/^[\w-]{32}$/);
    expect((await prepareSecrets(env)).appPassword).toBe(appPassword);
    const local = localInstallEnv(env);
    expect(new URL(local.DATABASE_URL!)).toMatchObject({ username: "vigie_app", password: appPassword, port: "54444" });
    expect(new URL(local.MIGRATION_DATABASE_URL!)).toMatchObject({ username: "vigie", port: "54444" });
  });

  it("move an older install's secrets out of the data folder, its key into the keyring, and keep its receipts' salt", async () => {
    const env = { VIGIE_DATA_DIR: path.join(root, "data") };
    mkdirSync(env.VIGIE_DATA_DIR, { recursive: true });
    writeFileSync(path.join(env.VIGIE_DATA_DIR, "secrets.json"), JSON.stringify({ AUTH_SECRET: "a".repeat(44), REPORT_ENCRYPTION_KEY: KEY }));
    const { added, notes, paths } = await prepareSecrets(env);
    expect(notes.length).toBe(2);
    expect(existsSync(path.join(env.VIGIE_DATA_DIR, "secrets.json"))).toBe(false);
    expect(added.AUTH_SECRET).toBe("a".repeat(44));
    expect(added.REPORT_RECEIPT_SALT).toBe(legacyReceiptSalt(KEY));
    const keyring = JSON.parse(readFileSync(paths.keyringFile, "utf8"));
    expect(keyring).toEqual({ current: derivedKeyId(KEY), keys: { [derivedKeyId(KEY)]: KEY } });
    expect(JSON.parse(readFileSync(paths.secretsFile, "utf8"))).not.toHaveProperty("REPORT_ENCRYPTION_KEY");
  });

  it("leave alone what the environment sets", async () => {
    const env = { VIGIE_DATA_DIR: path.join(root, "data"), AUTH_SECRET: "from-env".repeat(5), REPORT_KEYRING_FILE: "/etc/vigie/keys.json", REPORT_RECEIPT_SALT: "c2FsdHNhbHRzYWx0c2FsdA==" };
    const { added } = await prepareSecrets(env);
    expect(added).toEqual({ REPORT_SPOOL_DIR: installPaths(env).spoolDir });
  });
});
