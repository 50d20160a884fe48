import { randomUUID } from "node:crypto";

import { expect, test } from "@playwright/test";

import { expectAccessible, loginAs, logout } from "./fixtures";

// Two unions at one employer (issue 15): the demo seed puts a CGT rep and a CFDT rep at Banque Horizon
// Populaire, each union with its own cases (prisma/seed-cases.ts).
const CGT_CASE = "Copilot dans les agences";
const CFDT_CASE = "Copilot au service réclamations (CFDT)";

test("two unions' reps at one employer see only their union's cases; a foreign case answers 404 like a missing one", async ({ page }) => {
  await loginAs(page, "repBanque");
  await page.goto("/cases");
  await expect(page.getByRole("link", { name: CGT_CASE })).toBeVisible();
  await expect(page.getByText(CFDT_CASE)).toHaveCount(0);
  const href = await page.getByRole("link", { name: CGT_CASE }).getAttribute("href");
  await logout(page);

  await loginAs(page, "repBanqueCfdt");
  await page.goto("/cases");
  await expect(page.getByRole("link", { name: CFDT_CASE })).toBeVisible();
  await expect(page.getByText(CGT_CASE)).toHaveCount(0);
  const foreign = await page.goto(href!);
  expect(foreign?.status()).toBe(404);
  const missing = await page.goto(`/cases/${randomUUID()}`);
  expect(missing?.status()).toBe(404);
});

test("the public form says which unions read the report; the federation sees counts per union only", async ({ page }) => {
  await page.goto("/signaler");
  await page.getByLabel(/^Votre employeur/).fill("Banque Horizon Populaire");
  await expect(page.getByText("Ce signalement sera lu par : CFDT, CGT.")).toBeVisible();
  await expect(page.getByLabel("Syndicat destinataire")).toBeVisible();

  await loginAs(page, "viewer");
  await page.goto("/federation");
  await expect(page.getByRole("heading", { level: 1, name: "Vue fédérale" })).toBeVisible();
  await expect(page.getByRole("rowheader", { name: /^CGT/ })).toBeVisible();
  await expect(page.getByText(CGT_CASE)).toHaveCount(0);
  await expectAccessible(page);
});

test("an admin opening a case where two unions work says whose case it is; only that union's reps see it", async ({ page }) => {
  const insurer = "Mutuelle Assurances du Littoral";
  const title = `Tri des sinistres ${randomUUID().slice(0, 8)}`;
  await loginAs(page, "admin");
  await page.goto("/cases/new");
  await page.getByLabel(/^Employeur/).selectOption({ label: insurer });
  await page.getByLabel(/^Outil \(catalogue\)/).selectOption({ index: 1 });
  await page.getByLabel(/^Nom du projet chez l'employeur/).fill(title);
  await page.getByLabel(/^Phase du déploiement/).selectOption("announced");
  await page.getByLabel(/^Connu de la section le/).fill("2026-10-01");
  await page.getByLabel(/^Comment l'avons-nous appris/).selectOption("employer_info");
  // The union is asked for, and refused on its field until chosen.
  await expect(page.getByLabel(/^Syndicat/)).toBeVisible();
  await page.getByRole("button", { name: "Ouvrir le dossier" }).click();
  await expect(page.getByText("Plusieurs syndicats sont présents chez cet employeur : choisissez celui dont c'est le dossier.")).toBeVisible();
  await page.getByLabel(/^Syndicat/).selectOption({ label: "CFDT" });
  await page.getByRole("button", { name: "Ouvrir le dossier" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const href = new URL(page.url()).pathname;
  await logout(page);

  // The CGT rep at the insurer does not see it (404 like a missing case); the CFDT's present there may.
  await loginAs(page, "repAssurance");
  await page.goto("/cases");
  await expect(page.getByText(title)).toHaveCount(0);
  expect((await page.goto(href))?.status()).toBe(404);
});
