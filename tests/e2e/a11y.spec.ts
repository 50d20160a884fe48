import { expect, test } from "@playwright/test";

import { expectAccessible, loginAs, logout } from "./fixtures";

test("public pages have no serious accessibility violation", async ({ page }) => {
  for (const path of ["/login", "/invite/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "/page-qui-n-existe-pas"]) {
    await page.goto(path);
    await expectAccessible(page);
  }
});

test("every admin page has no serious accessibility violation", async ({ page }) => {
  // Ten pages, each scanned by axe: ~20 s on a quiet 2-core machine, over the default 30 s on a busy one.
  test.slow();
  await loginAs(page, "admin");
  await expectAccessible(page);
  for (const path of ["/employers", "/employers/new", "/admin/users", "/admin/users/new", "/account/password"]) {
    await page.goto(path);
    await expect(page.locator("h1")).toBeVisible();
    await expectAccessible(page);
  }
  await page.goto("/employers");
  await page.getByRole("table").getByRole("link").first().click();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Modifier" }).click();
  await expectAccessible(page);
  await page.goto("/admin/users");
  await page.getByRole("table").getByRole("link").last().click();
  await expectAccessible(page);
});

test("rep and viewer pages have no serious accessibility violation", async ({ page }) => {
  await loginAs(page, "repBanque");
  await expectAccessible(page);
  await page.goto("/employers");
  await expectAccessible(page);
  await logout(page);
  await loginAs(page, "viewer");
  await expectAccessible(page);
});
