import { expect, test, type Page } from "@playwright/test";

import { expectAccessible, loginAs } from "./fixtures";

async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test("on a 360 px phone the pages fit and the menu opens", async ({ page }) => {
  await page.goto("/login");
  await expectNoHorizontalScroll(page);

  await loginAs(page, "admin");
  await expectNoHorizontalScroll(page);
  await page.getByText("Menu", { exact: true }).click();
  await page.getByRole("link", { name: "Comptes" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Comptes" })).toBeVisible();
  await expectAccessible(page);

  for (const path of ["/employers", "/admin/users/new", "/account/password"]) {
    await page.goto(path);
    await expectNoHorizontalScroll(page);
  }
});
