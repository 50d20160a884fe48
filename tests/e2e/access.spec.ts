import { expect, test } from "@playwright/test";

import { demo, loginAs, logout } from "./fixtures";

test("a viewer cannot reach admin or employer pages", async ({ page }) => {
  await loginAs(page, "viewer");
  for (const path of ["/admin/users", "/admin/users/new", "/employers", "/employers/new"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "Page introuvable" })).toBeVisible();
  }
});

test("a rep cannot open another employer, nor manage accounts", async ({ page }) => {
  // The insurer's rep finds the insurer's page address…
  await loginAs(page, "repAssurance");
  await page.getByRole("link", { name: demo("repAssurance").employer! }).click();
  await expect(page.getByRole("heading", { level: 1, name: demo("repAssurance").employer! })).toBeVisible();
  const insurerUrl = page.url();
  await expect(page.getByRole("link", { name: "Modifier" })).toHaveCount(0);
  await logout(page);

  // …which answers 404 to the bank's rep, exactly like a missing page.
  await loginAs(page, "repBanque");
  const foreign = await page.goto(insurerUrl);
  expect(foreign?.status()).toBe(404);
  await expect(page.getByText(demo("repAssurance").employer!)).toHaveCount(0);
  const missing = await page.goto("/employers/00000000-0000-4000-8000-000000000000");
  expect(missing?.status()).toBe(404);
  expect((await page.goto("/admin/users"))?.status()).toBe(404);
});
