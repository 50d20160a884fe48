import { expect, test } from "@playwright/test";

import { demo, login, loginAs, logout } from "./fixtures";

test("each role signs in to its own home page and navigation", async ({ page }) => {
  await loginAs(page, "admin");
  const nav = page.getByRole("navigation", { name: "Navigation principale" });
  await expect(nav.getByRole("link", { name: "Comptes" }).first()).toBeAttached();
  await expect(page.getByRole("heading", { name: "Comptes actifs" })).toBeVisible();
  await logout(page);

  await loginAs(page, "repBanque");
  await expect(page.getByRole("heading", { name: "Mes employeurs" })).toBeVisible();
  await expect(page.getByRole("link", { name: demo("repBanque").employer! })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Comptes" })).toHaveCount(0);
  await logout(page);

  await loginAs(page, "viewer");
  await expect(page.getByRole("heading", { name: "Employeurs suivis par secteur" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Employeurs" })).toHaveCount(0);
});

test("a wrong password gets one generic French message and no session", async ({ page }) => {
  await login(page, demo("viewer").email, "pas-le-bon-mot-de-passe");
  await expect(page.getByText("Adresse e-mail ou mot de passe incorrect.")).toBeVisible();
  await expect(page).toHaveURL(/\/login/);

  await login(page, "personne@vigie.test", "pas-le-bon-mot-de-passe");
  await expect(page.getByText("Adresse e-mail ou mot de passe incorrect.")).toBeVisible();

  await page.goto("/");
  await expect(page).toHaveURL(/\/login/);
});

test("an empty form shows French errors next to the fields", async ({ page }) => {
  await page.goto("/login");
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page.getByLabel("Adresse e-mail")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Ce champ est obligatoire.").first()).toBeVisible();
});

test("a signed-out visitor is sent to sign-in and then back to the page asked for", async ({ page }) => {
  await page.goto("/employers");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Femployers/);
  const account = demo("repAssurance");
  await page.getByLabel("Adresse e-mail").fill(account.email);
  await page.getByLabel("Mot de passe").fill(account.password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page).toHaveURL(/\/employers$/);
  await expect(page.getByRole("link", { name: account.employer! })).toBeVisible();
});
