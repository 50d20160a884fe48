import { expect, test, type Page } from "@playwright/test";

import { demo, expectAccessible, loginAs, logout } from "./fixtures";

// One story, in order: the admin opens dashboards to the public and to viewers, then each kind of
// reader checks what they see. Serial: each step relies on the visibility set before it.
test.describe.configure({ mode: "serial" });

const BANK = demo("repBanque").employer!;
const INSURER = demo("repAssurance").employer!;
/** A4 at 96 dpi, less the 12 mm margins of the print stylesheet. */
const A4_PRINT_WIDTH = 794 - 2 * 45;

let bankDashboard = "";
let insurerDashboard = "";

/** The sector dashboard's table of employers (its caption names it), one row header per employer. */
function employersTable(page: Page) {
  return page.getByRole("table", { name: /^Employeurs triés/ });
}

function employerRow(page: Page, name: string) {
  return employersTable(page).getByRole("row").filter({ has: page.getByRole("rowheader", { name: new RegExp(name) }) });
}

async function setVisibility(page: Page, label: string) {
  await page.getByRole("radio", { name: new RegExp(`^${label}`) }).check();
  await page.getByRole("button", { name: "Enregistrer la visibilité" }).click();
  await expect(page.getByText("Visibilité enregistrée.")).toBeVisible();
}

test("the admin makes the bank's dashboard public and the insurer's open to viewers", async ({ page }) => {
  await loginAs(page, "admin");
  await page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Tableaux de bord" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Tableau de bord du secteur" })).toBeVisible();
  await expectAccessible(page);

  await employerRow(page, BANK).getByRole("link", { name: BANK, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Tableau de bord : ${BANK}` })).toBeVisible();
  bankDashboard = new URL(page.url()).pathname;
  await setVisibility(page, "Public");
  await expect(page.getByText("Ce tableau de bord est public.")).toBeVisible();

  await page.goto("/dashboards");
  await employerRow(page, INSURER).getByRole("link", { name: INSURER, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Tableau de bord : ${INSURER}` })).toBeVisible();
  insurerDashboard = new URL(page.url()).pathname;
  await setVisibility(page, "Comptes de Vigie IA");
  await logout(page);
});

test("a visitor with no account sees the public dashboard's aggregates, and a 404 elsewhere", async ({ page }) => {
  const publicBank = bankDashboard.replace("/dashboards/employers/", "/public/employers/");
  const response = await page.goto(publicBank);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: `Tableau de bord : ${BANK}` })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Chiffres clés" })).toBeVisible();
  // Aggregates only: not one link to a case or to the case list, no visibility control.
  await expect(page.locator('a[href^="/cases"]')).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Enregistrer la visibilité" })).toHaveCount(0);
  await expectAccessible(page);

  expect(insurerDashboard).toMatch(/^\/dashboards\/employers\/[0-9a-f-]{36}$/);
  expect(insurerDashboard).not.toBe(bankDashboard);
  const hidden = await page.goto(insurerDashboard.replace("/dashboards/employers/", "/public/employers/"));
  expect(hidden?.status()).toBe(404);
  await expect(page.getByText(INSURER)).toHaveCount(0);

  await page.goto("/public");
  await expect(page.getByRole("heading", { level: 1, name: "Tableau de bord public du secteur" })).toBeVisible();
  await expect(employersTable(page).getByRole("rowheader", { name: new RegExp(BANK) })).toBeVisible();
  await expect(employersTable(page).getByRole("rowheader")).toHaveCount(1);
  await expect(page.locator('a[href^="/cases"]')).toHaveCount(0);
  await expectAccessible(page);
  // The signed-in dashboards stay behind the sign-in page.
  await page.goto(bankDashboard);
  await expect(page).toHaveURL(/\/login/);
});

test("a viewer sees viewer and public dashboards, never a case link nor a case page", async ({ page }) => {
  await loginAs(page, "viewer");
  await page.goto("/dashboards");
  await expect(employersTable(page).getByRole("rowheader", { name: new RegExp(BANK) })).toBeVisible();
  await expect(employersTable(page).getByRole("rowheader", { name: new RegExp(INSURER) })).toBeVisible();
  await expect(employersTable(page).getByRole("rowheader")).toHaveCount(2);
  await expect(page.locator('a[href^="/cases"]')).toHaveCount(0);

  await page.goto(insurerDashboard);
  await expect(page.getByRole("heading", { level: 1, name: `Tableau de bord : ${INSURER}` })).toBeVisible();
  await expect(page.locator('a[href^="/cases"]')).toHaveCount(0);
  await expectAccessible(page);
  // The case list, even through a figure's address, answers 404.
  const list = await page.goto(`/cases?figure=live_first`);
  expect(list?.status()).toBe(404);
  await logout(page);
});

test("a rep's figures link to the cases behind them", async ({ page }) => {
  await loginAs(page, "repBanque");
  // The figures are laid out by a client component (ADR 0023): it hydrates on the server's markup
  // without a mismatch (React reports one as a console error) and draws its charts.
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(bankDashboard);
  await expect(page.getByRole("heading", { level: 1, name: `Tableau de bord : ${BANK}` })).toBeVisible();
  await expect(page.locator(".dashboard-chart svg.recharts-surface")).toHaveCount(3);
  expect(errors).toEqual([]);
  // Two unions work at the bank (CGT, CFDT): the figures count both, the links open the rep's own
  // union's cases, and both the page and each link's name say so instead of promising a count.
  await expect(page.getByText("Ces chiffres réunissent les dossiers des 2 syndicats présents chez cet employeur", { exact: false })).toBeVisible();
  const openCases = page.getByRole("link", { name: /\(dossiers ouverts : voir les dossiers de votre syndicat\)/ });
  const count = parseInt((await openCases.textContent()) ?? "", 10);
  expect(count).toBeGreaterThan(1);
  await openCases.click();
  await expect(page).toHaveURL(/\/cases\?employer=[0-9a-f-]+&figure=open/);
  const listed = parseInt((await page.getByRole("status").filter({ hasText: /dossier/ }).textContent()) ?? "", 10);
  expect(listed).toBeGreaterThan(0);
  expect(listed).toBeLessThan(count);
  await expect(page.getByText("Copilot au service réclamations (CFDT)")).toHaveCount(0);
  await logout(page);

  // An admin opens every union's cases: the link names its count, and the list shows exactly that.
  await loginAs(page, "admin");
  await page.goto(bankDashboard);
  await expect(page.getByText("Ces chiffres réunissent", { exact: false })).toHaveCount(0);
  const allOpen = page.getByRole("link", { name: /\(dossiers ouverts : voir les \d+ dossiers\)/ });
  const all = parseInt((await allOpen.textContent()) ?? "", 10);
  expect(all).toBeGreaterThanOrEqual(count);
  await expect(allOpen).toHaveAccessibleName(new RegExp(`\\(dossiers ouverts : voir les ${all} dossiers\\)`));
  await allOpen.click();
  await expect(page.getByRole("status").filter({ hasText: /dossier/ })).toHaveText(`${all} dossiers`);
  await expect(page.getByText("Copilot au service réclamations (CFDT)")).toBeVisible();

  await page.goto(bankDashboard);
  await expectAccessible(page);
});

test("the employer dashboard prints on A4 without overflowing", async ({ page }) => {
  await loginAs(page, "repBanque");
  await page.setViewportSize({ width: A4_PRINT_WIDTH, height: 1000 });
  await page.goto(bankDashboard);
  await expect(page.getByRole("heading", { name: "Dossiers par statut" })).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Navigation principale" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Imprimer" })).toBeHidden();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  // Every chart (loaded after the page) drawn within the page's width.
  const charts = page.locator(".dashboard-chart svg.recharts-surface");
  // Each chart loads on its own: wait for all three (counting once the first shows raced the others).
  await expect(charts).toHaveCount(3);
  for (const box of await charts.evaluateAll((nodes) => nodes.map((node) => node.getBoundingClientRect().right))) {
    expect(box).toBeLessThanOrEqual(A4_PRINT_WIDTH);
  }
});
