import { expect, test } from "@playwright/test";

import { demo, enterTotp, login, loginAs, logout } from "./fixtures";

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
  // The second step keeps the page asked for.
  await enterTotp(page, account.totpSecret);
  await expect(page).toHaveURL(/\/employers$/);
  await expect(page.getByRole("link", { name: account.employer! })).toBeVisible();
});

test("signing out ends the session on the server: a copied cookie no longer opens anything", async ({ page, browser }) => {
  await loginAs(page, "repBanque");
  const copied = await page.context().cookies();
  await logout(page);

  const thief = await browser.newContext();
  await thief.addCookies(copied);
  const stolen = await thief.newPage();
  await stolen.goto("/dashboards");
  await expect(stolen).toHaveURL(/\/login/);
  await thief.close();
});

test("the account lists its sessions and ends another device's, which is then signed out", async ({ page, browser }) => {
  const other = await browser.newContext({ userAgent: "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1" });
  const phone = await other.newPage();
  await loginAs(phone, "viewer", { fresh: true });

  await loginAs(page, "viewer", { fresh: true });
  await page.goto("/account/sessions");
  await expect(page.getByRole("heading", { level: 1, name: "Mes sessions" })).toBeVisible();
  const rows = page.getByTestId("session-row");
  await expect(rows.first()).toContainText("cet appareil");
  const phoneRow = rows.filter({ hasText: "Safari · iOS" }).first();
  await phoneRow.getByRole("button", { name: "Terminer cette session" }).click();
  await expect(page.getByText("Session terminée.")).toBeVisible();

  await phone.goto("/dashboards");
  await expect(phone).toHaveURL(/\/login/);
  await other.close();

  // This device is still signed in, until it signs out everywhere.
  await page.goto("/account/sessions");
  await page.getByRole("button", { name: "Me déconnecter partout" }).click();
  await expect(page).toHaveURL(/\/login/);
});
