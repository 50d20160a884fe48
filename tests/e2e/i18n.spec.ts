import { expect, test } from "@playwright/test";

import { demo } from "./fixtures";

test("the language switch turns the app to English and the choice persists", async ({ page }) => {
  await page.goto("/login");
  await expect(page.getByRole("heading", { name: "Connexion" })).toBeVisible();

  await page.getByRole("button", { name: /English/ }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();

  await page.reload();
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();

  const account = demo("admin");
  await page.getByLabel("Email address").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: `Hello ${account.name}` })).toBeVisible();

  await page.getByRole("button", { name: /Français/ }).click();
  await expect(page.getByRole("heading", { name: `Bonjour ${account.name}` })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
});
