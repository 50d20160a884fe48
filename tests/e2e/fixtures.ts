import { execFileSync } from "node:child_process";
import path from "node:path";

import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../prisma/demo-accounts.mjs";

export type TDemoKey = (typeof DEMO_ACCOUNTS)[number]["key"];

export function demo(key: TDemoKey) {
  const account = DEMO_ACCOUNTS.find((candidate) => candidate.key === key);
  if (!account) throw new Error(`unknown demo account ${key}`);
  return { ...account, password: DEMO_PASSWORD };
}

export async function login(page: Page, email: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe").fill(password);
  await page.getByRole("button", { name: "Se connecter" }).click();
}

export async function loginAs(page: Page, key: TDemoKey) {
  const account = demo(key);
  await login(page, account.email, account.password);
  // The first sign-in of a run also warms the server up (argon2id, the first render): give it time.
  await expect(page.getByRole("heading", { level: 1, name: `Bonjour ${account.name}` })).toBeVisible({ timeout: 15_000 });
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
