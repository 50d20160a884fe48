import { expect, test } from "@playwright/test";

test("the sign-in page is served in French by default", async ({ page }) => {
  const response = await page.goto("/login");

  expect(response?.status()).toBe(200);
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
});
