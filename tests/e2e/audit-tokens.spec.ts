import { readFileSync } from "node:fs";

import { expect, test } from "@playwright/test";

import { expectAccessible, loginAs, unique } from "./fixtures";

const EVALUATE_BODY = { facts: JSON.parse(readFileSync("docs/examples/compliance-facts.json", "utf8")) as unknown };

test("an admin creates an API token, scripts with it, revokes it, and finds it all in the audit log", async ({ page, playwright }) => {
  test.slow(); // one long journey: two pages, an API script, two accessibility checks, a download
  await loginAs(page, "admin");
  await page.goto("/account/api-tokens");
  await expect(page.getByRole("heading", { level: 1, name: "Jetons d'API" })).toBeVisible();

  // A refusal in French next to its field.
  await page.getByRole("button", { name: "Créer le jeton" }).click();
  await expect(page.getByText("Donnez un nom au jeton.")).toBeVisible();

  const name = `Script ${unique()}`;
  await page.getByLabel("Nom du jeton").fill(name);
  await page.getByRole("checkbox", { name: /compliance:evaluate/ }).check();
  await page.getByLabel("Durée de validité").selectOption("7");
  await page.getByRole("button", { name: "Créer le jeton" }).click();
  const secret = (await page.getByTestId("one-time-secret").textContent())!.trim();
  expect(secret).toMatch(/^vgt_[A-Za-z0-9_-]{43}$/);
  const row = page.getByTestId("api-token-row").filter({ hasText: name });
  await expect(row).toContainText("compliance:evaluate");
  await expectAccessible(page);

  // A script without a browser session: the token alone opens the API, within its scope.
  const script = await playwright.request.newContext({ baseURL: new URL(page.url()).origin });
  const evaluated = await script.post("/api/v1/compliance/evaluate", { data: EVALUATE_BODY, headers: { Authorization: `Bearer ${secret}` } });
  expect(evaluated.status()).toBe(200);
  const outOfScope = await script.get("/api/v1/cases/00000000-0000-4000-8000-000000000000/facts", { headers: { Authorization: `Bearer ${secret}` } });
  expect(outOfScope.status()).toBe(403);

  await row.getByRole("button", { name: `Révoquer le jeton ${name}` }).click();
  await expect(page.getByText("Le jeton est révoqué : il ne donne plus accès à rien.")).toBeVisible();
  await expect(page.getByTestId("api-token-row").filter({ hasText: name })).toHaveCount(0);
  const revoked = await script.post("/api/v1/compliance/evaluate", { data: EVALUATE_BODY, headers: { Authorization: `Bearer ${secret}` } });
  expect(revoked.status()).toBe(401);
  expect(await revoked.json()).toEqual({ error: "token_revoked", message: "Ce jeton d'API a été révoqué." });
  await script.dispose();

  // The audit log shows the token's life, newest first, filtered by family.
  await page.goto("/admin/audit");
  await expect(page.getByRole("heading", { level: 1, name: "Journal d'audit" })).toBeVisible();
  await page.getByLabel("Action (exacte, ou famille : « read. »)").fill("api_token.");
  await page.getByRole("button", { name: "Filtrer" }).click();
  await expect(page).toHaveURL(/action=api_token\./);
  const actions = page.getByTestId("audit-rows").locator("tbody tr td:nth-child(3)");
  await expect(actions.first()).toHaveText("api_token.revoke");
  await expect(actions.filter({ hasText: "api_token.use" }).first()).toBeVisible();
  await expect(actions.filter({ hasText: "api_token.create" }).first()).toBeVisible();
  await expect(page.getByTestId("audit-rows")).not.toContainText(secret.slice(4));
  await expectAccessible(page);

  // The CSV export keeps the filters, and is itself recorded.
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Exporter en CSV" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^vigie-ia-journal-\d{4}-\d{2}-\d{2}\.csv$/);
  await page.goto("/admin/audit?action=read.audit_export");
  await expect(page.getByTestId("audit-rows")).toContainText("read.audit_export");

  // Listing the report inbox is a recorded read too.
  await page.goto("/reports");
  await page.goto("/admin/audit?action=read.report_inbox&actor=admin%40vigie.test");
  await expect(page.getByTestId("audit-rows")).toContainText("read.report_inbox");
});

test("the audit log and its export answer 404 to a rep, like a missing page", async ({ page }) => {
  await loginAs(page, "repBanque");
  const response = await page.goto("/admin/audit");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page introuvable" })).toBeVisible();
  expect((await page.request.get("/api/admin/audit/export")).status()).toBe(404);
  await expect(page.getByRole("link", { name: "Journal d'audit" })).toHaveCount(0);
});
