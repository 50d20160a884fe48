import { expect, test, type Page } from "@playwright/test";

import { expectAccessible, loginAs } from "./fixtures";

async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test("on a 360 px phone a rep reads a case's letters, drafts one and opens the calendar page without sideways scrolling", async ({ page }) => {
  await loginAs(page, "repBanque");
  await page.goto("/cases");
  await page.getByRole("link", { name: /Copilot dans les agences/ }).first().click();
  await expect(page.getByRole("heading", { level: 2, name: "Courriers" })).toBeVisible();
  await page.locator("#courriers").getByText("Rédiger un courrier", { exact: true }).click();
  await expectNoHorizontalScroll(page);
  await page.getByRole("link", { name: "Demande d'informations précises et écrites (L2312-15)" }).click();
  await expect(page.getByRole("article", { name: "Aperçu du courrier" })).toContainText("Banque Horizon Populaire");
  await expectNoHorizontalScroll(page);
  await expectAccessible(page);
  await page.goto("/account/calendar");
  await expect(page.getByRole("heading", { level: 1, name: "Mon agenda (ICS)" })).toBeVisible();
  await expectNoHorizontalScroll(page);
});
