import { readFile } from "node:fs/promises";

import { expect, test } from "@playwright/test";

import { loginAs, logout } from "./fixtures";

const example = async () => JSON.parse(await readFile("docs/examples/compliance-facts.json", "utf8"));

test("the compliance JSON interface evaluates facts for signed-in users and names the bad field", async ({ page, playwright }) => {
  const anonymous = await playwright.request.newContext({ baseURL: `http://localhost:${process.env.E2E_PORT ?? 3210}` });
  expect((await anonymous.post("/api/v1/compliance/evaluate", { data: { facts: await example() } })).status()).toBe(401);
  await anonymous.dispose();

  await loginAs(page, "viewer");
  const ok = await page.request.post("/api/v1/compliance/evaluate", { data: { facts: await example(), at: "2026-05-15" } });
  expect(ok.status()).toBe(200);
  const body = await ok.json();
  expect(body.at).toBe("2026-05-15");
  expect(body.flags.map((flag: { ruleId: string; status: string }) => `${flag.ruleId}:${flag.status}`)).toContain("F1:confirmed");

  const facts = await example();
  facts.consultation.avisDate = "2026-02-30";
  const bad = await page.request.post("/api/v1/compliance/evaluate", { data: { facts } });
  expect(bad.status()).toBe(400);
  expect((await bad.json()).issues).toContainEqual(expect.objectContaining({ path: "consultation.avisDate" }));
});

test("a case's facts export is scoped like the case", async ({ page }) => {
  await loginAs(page, "repAssurance");
  await page.goto("/cases");
  await page.getByRole("link", { name: /Analyse vocale des appels/ }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: /Analyse vocale des appels/ })).toBeVisible();
  const caseId = page.url().split("/").pop()!;
  const mine = await page.request.get(`/api/v1/cases/${caseId}/facts`);
  expect(mine.status()).toBe(200);
  expect((await mine.json()).deployment).toMatchObject({ phase: "pilot" });
  await logout(page);

  await loginAs(page, "repBanque");
  expect((await page.request.get(`/api/v1/cases/${caseId}/facts`)).status()).toBe(404);
});
