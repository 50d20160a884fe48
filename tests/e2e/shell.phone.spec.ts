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

test("on a 360 px phone a rep reads the case list and a case without sideways scrolling", async ({ page }) => {
  await loginAs(page, "repAssurance");
  await expectNoHorizontalScroll(page);
  await page.goto("/cases");
  await expectNoHorizontalScroll(page);
  await page.getByRole("link", { name: /Analyse vocale des appels/ }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: /Analyse vocale des appels/ })).toBeVisible();
  await expectNoHorizontalScroll(page);
  await expectAccessible(page);
  for (const suffix of ["/edit", "/consultation"]) {
    await page.goto(page.url().replace(/\/(edit|consultation)$/, "") + suffix);
    await expectNoHorizontalScroll(page);
  }
});
