import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmdirSync, writeFileSync } from "node:fs";
import path from "node:path";

import AxeBuilder from "@axe-core/playwright";
import { expect, type BrowserContext, type Page } from "@playwright/test";
import { generateSync } from "otplib";

import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../prisma/demo-accounts.mjs";

export type TDemoKey = (typeof DEMO_ACCOUNTS)[number]["key"];

export function demo(key: TDemoKey) {
  const account = DEMO_ACCOUNTS.find((candidate) => candidate.key === key);
  if (!account) throw new Error(`unknown demo account ${key}`);
  return { ...account, password: DEMO_PASSWORD };
}

/**
 * A TOTP code for `secret` that the server has not seen yet. The server accepts each 30-second step
 * once per account, and none older than the last one accepted (no replay): the steps used are kept in
 * a file shared by the workers, and when the current step is used, this waits for the next one (never
 * a code of the next step now: used first, it would void a current one another worker is sending).
 */
const STEP_LEDGER = path.join(process.cwd(), ".data", "e2e", "totp-steps.json");
const LEDGER_LOCK = `${STEP_LEDGER}.lock`;

function withLedger<T>(work: (ledger: Record<string, number>) => T): T {
  mkdirSync(path.dirname(STEP_LEDGER), { recursive: true });
  for (let attempt = 0; ; attempt += 1) {
    try {
      mkdirSync(LEDGER_LOCK);
      break;
    } catch {
      if (attempt > 2_000) throw new Error("TOTP ledger lock held too long");
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
    }
  }
  try {
    let ledger: Record<string, number> = {};
    try {
      ledger = JSON.parse(readFileSync(STEP_LEDGER, "utf8")) as Record<string, number>;
    } catch {
      ledger = {};
    }
    const result = work(ledger);
    writeFileSync(STEP_LEDGER, JSON.stringify(ledger));
    return result;
  } finally {
    rmdirSync(LEDGER_LOCK);
  }
}

export async function freshTotpCode(secret: string): Promise<string> {
  for (;;) {
    const now = Date.now();
    const current = Math.floor(now / 30_000);
    const step = withLedger((ledger) => {
      const candidate = Math.max(current, (ledger[secret] ?? 0) + 1);
      if (candidate > current) return null;
      ledger[secret] = candidate;
      return candidate;
    });
    if (step !== null) return generateSync({ secret, epoch: step * 30 + 1, period: 30 });
    await new Promise((resolve) => setTimeout(resolve, (current + 1) * 30_000 - now + 200));
  }
}

/** On the second-factor page: types a fresh code of `secret`. */
export async function enterTotp(page: Page, secret: string) {
  await expect(page).toHaveURL(/\/login\/second-factor/, { timeout: 15_000 });
  await page.getByLabel("Code de vérification").fill(await freshTotpCode(secret));
  await page.getByRole("button", { name: "Vérifier" }).click();
}

/** On the enrolment page: reads the key shown, gives a first code, acknowledges the recovery codes. Returns the key. */
export async function enrolTotp(page: Page): Promise<{ secret: string; recoveryCodes: string[] }> {
  await expect(page).toHaveURL(/\/login\/enrol/, { timeout: 15_000 });
  const secret = (await page.getByTestId("totp-secret").getAttribute("data-secret"))!;
  await page.getByLabel("Code affiché par l'application").fill(await freshTotpCode(secret));
  await page.getByRole("button", { name: "Activer" }).click();
  await expect(page.getByTestId("recovery-codes")).toBeVisible();
  const recoveryCodes = (await page.getByTestId("recovery-codes").locator("li").allTextContents()).map((code) => code.trim());
  await page.getByRole("link", { name: "J'ai noté mes codes de secours, continuer" }).click();
  return { secret, recoveryCodes };
}

/** The sign-in form; with `totpSecret`, also the second-factor step. */
export async function login(page: Page, email: string, password: string, totpSecret?: string) {
  await page.goto("/login");
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe").fill(password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  if (totpSecret) await enterTotp(page, totpSecret);
}

/**
 * Sessions signed in by this worker, per demo account: a TOTP code serves once per 30 seconds, so
 * loginAs reuses a recent session (cookies) of the account when it is still open, and signs in anew
 * otherwise (signed out, ended, or older than SESSION_REUSE_MS, so that step-up stays fresh).
 */
const SESSION_REUSE_MS = 8 * 60_000;
const signedIn = new Map<TDemoKey, { cookies: Awaited<ReturnType<BrowserContext["cookies"]>>; at: number }>();

export async function loginAs(page: Page, key: TDemoKey, options: { fresh?: boolean } = {}) {
  const account = demo(key);
  const heading = page.getByRole("heading", { level: 1, name: `Bonjour ${account.name}` });
  const kept = signedIn.get(key);
  if (kept && !options.fresh && Date.now() - kept.at < SESSION_REUSE_MS) {
    await page.context().addCookies(kept.cookies);
    await page.goto("/");
    if (await heading.isVisible()) return account;
    await page.context().clearCookies();
  }
  await login(page, account.email, account.password, account.totpSecret);
  // The first sign-in of a run also warms the server up (argon2id, the first render): give it time.
  await expect(heading).toBeVisible({ timeout: 15_000 });
  signedIn.set(key, { cookies: await page.context().cookies(), at: Date.now() });
  return account;
}

export async function logout(page: Page) {
  await page.getByRole("button", { name: "Se déconnecter" }).click();
  await expect(page).toHaveURL(/\/login/);
}

/** axe-core on the current page: no serious or critical violation. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const blocking = results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
  expect(blocking, `${page.url()}`).toEqual([]);
}

export const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/**
 * Writes the reports and reporter messages waiting in the e2e server's intake spool to its database
 * now, as the server does at the end of each batch window (lib/reports/flush-intake.ts): what a rep
 * would see a few hours later. Runs `npm run reports:flush -- --now` against the e2e install.
 */
export function deliverWaitingReports(): string {
  const output = execFileSync(path.join(process.cwd(), "node_modules", ".bin", "tsx"), ["scripts/reports-flush.ts", "--now"], {
    env: { ...process.env, VIGIE_DATA_DIR: ".data/e2e", EMBEDDED_PG_PORT: process.env.E2E_PG_PORT ?? "54330", DATABASE_URL: "", LOG_LEVEL: "warn" },
    encoding: "utf8",
  });
  expect(output).toMatch(/^reports:flush reports=\d+ messages=\d+ waiting=0/m);
  return output;
}
