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
  expect((await page.request.get("/api/cases/employers?q=Banque")).status()).toBe(404);
});

// The e2e server lists at most 2 employers in the filter (playwright.config.ts): the demo's 3 employers
// with cases put the admin in the federation's situation, where the filter searches by name.
test("with more employers than the filter lists, an admin finds one by name and filters on it", async ({ page }) => {
  await loginAs(page, "admin");
  await page.goto("/cases");
  await page.getByText("Filtres", { exact: true }).click();
  const search = page.getByRole("searchbox", { name: "Chercher un employeur par son nom" });
  const select = page.getByRole("combobox", { name: "Employeur" });
  await expect(select.getByRole("option")).toHaveText(["Tous"]);

  await search.fill("littoral");
  await expect(page.getByText("1 employeur trouvé : choisissez dans la liste.")).toBeVisible();
  await search.press("Enter");
  await expect(select).toBeFocused();
  await select.selectOption({ label: "Mutuelle Assurances du Littoral" });
  await search.fill("zz-aucun");
  await expect(page.getByText("Aucun employeur ne correspond à « zz-aucun ».")).toBeVisible();
  // The choice stays whatever the search.
  await expect(select).toHaveValue(/[0-9a-f-]{36}/);
  await page.getByRole("button", { name: "Appliquer" }).last().click();

  await expect(page).toHaveURL(/[?&]employer=[0-9a-f-]{36}/);
  await expect(page.getByRole("link", { name: INSURER_CASE })).toBeVisible();
  await expect(page.getByRole("link", { name: BANK_CASES[0] })).toHaveCount(0);
  await expect(page.getByRole("combobox", { name: "Employeur" })).toHaveValue(/[0-9a-f-]{36}/);
  await expect(page.getByRole("combobox", { name: "Employeur" }).getByRole("option", { selected: true })).toHaveText("Mutuelle Assurances du Littoral");
  await expectAccessible(page);

  expect((await page.request.get("/api/cases/employers?q=L")).status()).toBe(400);
  const found = await (await page.request.get("/api/cases/employers?q=horizon")).json();
  expect(found.employers.map((employer: { legalName: string }) => employer.legalName)).toContain("Banque Horizon Populaire");
});

test("a rep's employer search answers only their employers; a visitor gets 401", async ({ page, playwright }) => {
  await loginAs(page, "repBanque");
  const own = await (await page.request.get("/api/cases/employers?q=Banque")).json();
  expect(own.employers.map((employer: { legalName: string }) => employer.legalName)).toEqual(["Banque Horizon Populaire"]);
  expect((await (await page.request.get("/api/cases/employers?q=Littoral")).json()).employers).toEqual([]);
  const visitor = await playwright.request.newContext({ baseURL: page.url() });
  expect((await visitor.get("/api/cases/employers?q=Banque")).status()).toBe(401);
  await visitor.dispose();
});
