import { expect, test } from "@playwright/test";

import { expectAccessible, loginAs } from "./fixtures";

// The demo seed's cases (prisma/seed-cases.ts): two at the bank, one at the insurer, one at the assistance company.
const BANK_CASES = ["Copilot dans les agences", "Plannings générés du centre de relation client"];
const INSURER_CASE = "Analyse vocale des appels — plateau de Nantes";

test("a rep's case list shows only their employers' cases, filters on the server and exports exactly that list", async ({ page }) => {
  await loginAs(page, "repBanque");
  await page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Dossiers" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Dossiers" })).toBeVisible();
  for (const name of BANK_CASES) await expect(page.getByRole("link", { name })).toBeVisible();
  await expect(page.getByText(INSURER_CASE)).toHaveCount(0);
  await expectAccessible(page);

  await page.goto("/cases?status=consultation_open");
  await expect(page.getByRole("link", { name: BANK_CASES[0] })).toBeVisible();
  await expect(page.getByRole("link", { name: BANK_CASES[1] })).toHaveCount(0);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Exporter en CSV" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^vigie-dossiers-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await (await import("node:fs/promises")).readFile((await file.path())!, "utf8");
  expect(csv.charCodeAt(0)).toBe(0xfeff); // BOM: Excel reads UTF-8 accents
  const lines = csv.slice(1).trimEnd().split("\r\n");
  expect(lines[0]).toContain("Nom du projet;Employeur;");
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain("Copilot dans les agences;Banque Horizon Populaire;");
});

test("overdue deadlines stand out in the list and on the home page", async ({ page }) => {
  await loginAs(page, "repAssurance");
  await expect(page.getByRole("heading", { name: "Échéances" })).toBeVisible();
  const overdue = page.getByRole("listitem").filter({ hasText: INSURER_CASE }).filter({ hasText: "Dépassée" }).first();
  await expect(overdue.getByRole("link", { name: "Demande d'informations de l'expert" })).toBeVisible();
  await page.goto("/cases?deadline=overdue");
  const row = page.getByRole("row").filter({ hasText: INSURER_CASE });
  await expect(row.getByText("En retard")).toBeVisible();
});

test("a viewer has no case list and no export", async ({ page }) => {
  await loginAs(page, "viewer");
  expect((await page.goto("/cases"))?.status()).toBe(404);
  expect((await page.request.get("/api/cases/export")).status()).toBe(404);
});
