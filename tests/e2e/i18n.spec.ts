import { expect, test } from "@playwright/test";

import { demo, enterTotp, freshTotpCode } from "./fixtures";

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
  // The second step, in English too.
  await expect(page.getByRole("heading", { level: 1, name: "Two-step verification" })).toBeVisible({ timeout: 15_000 });
  await page.getByLabel("Verification code").fill(await freshTotpCode(account.totpSecret));
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByRole("heading", { name: `Hello ${account.name}` })).toBeVisible({ timeout: 15_000 });

  await page.getByRole("button", { name: /Français/ }).click();
  await expect(page.getByRole("heading", { name: `Bonjour ${account.name}` })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
});

/** A message key shown instead of its text: what next-intl prints when a client lacks a namespace. */
const RAW_KEY = /\b(?:app|shell|nav|errors|validation|enums|reportForm|reports|dashboards|cases|compliance)\.[a-z][A-Za-z]*(?:\.[A-Za-z]+)*\b/;

test("parts given a subset of the messages (ADR 0020) show text, never a message key", async ({ page }) => {
  // Member pages: the forms' client-side and server errors.
  await page.goto("/signaler");
  await page.getByRole("button", { name: "Envoyer le signalement" }).click();
  await expect(page.getByText("Le signalement n'est pas parti : corrigez les champs signalés.")).toBeVisible();
  expect(await page.locator("body").innerText()).not.toMatch(RAW_KEY);
  await page.goto("/suivi");
  await page.getByLabel("Code de suivi").fill("12");
  await page.getByRole("button", { name: "Ouvrir mon signalement" }).click();
  await expect(page.getByText("Un code de suivi compte 16 chiffres, par exemple 1234 5678 9012 3456.")).toBeVisible();
  expect(await page.locator("body").innerText()).not.toMatch(RAW_KEY);

  // Public and signed-in dashboards (no client messages at all).
  await page.goto("/public");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await page.locator("body").innerText()).not.toMatch(RAW_KEY);
  const account = demo("admin");
  await page.goto("/login");
  await page.getByLabel("Adresse e-mail").fill(account.email);
  await page.getByLabel("Mot de passe").fill(account.password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await enterTotp(page, account.totpSecret);
  await expect(page.getByRole("heading", { name: `Bonjour ${account.name}` })).toBeVisible();
  await page.goto("/dashboards");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await page.locator("body").innerText()).not.toMatch(RAW_KEY);
  await page.getByRole("link", { name: "Banque Horizon Populaire", exact: true }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: /Banque Horizon Populaire/ })).toBeVisible();
  expect(await page.locator("body").innerText()).not.toMatch(RAW_KEY);
});
