import { expect, test } from "@playwright/test";

import { enrolTotp, enterTotp, expectAccessible, login, loginAs, logout, unique } from "./fixtures";

test("an invited rep must enrol TOTP before anything else, then signs in with a code or a recovery code", async ({ page, browser }) => {
  test.setTimeout(240_000);
  const email = `rep-2fa-${unique()}@vigie.test`;
  await loginAs(page, "admin");
  await page.goto("/admin/users/new");
  await page.getByLabel("Nom").fill("Rita Deuxfacteurs");
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Rôle").selectOption("rep");
  await page.getByLabel("Syndicat").selectOption({ label: "CGT — Confédération générale du travail" });
  await page.getByLabel("Lien d'invitation", { exact: false }).check();
  await page.getByRole("button", { name: "Créer le compte" }).click();
  const link = (await page.getByTestId("one-time-secret").textContent())!.trim();

  const context = await browser.newContext();
  const rep = await context.newPage();
  await rep.goto(link);
  // Password screening: a common password is refused in French.
  await rep.getByLabel(/^Nouveau mot de passe/).fill("azertyuiop123");
  await rep.getByLabel("Confirmer le nouveau mot de passe").fill("azertyuiop123");
  await rep.getByRole("button", { name: "Enregistrer et me connecter" }).click();
  await expect(rep.getByText("Ce mot de passe est trop facile à deviner", { exact: false })).toBeVisible();
  const password = "Girafe lampadaire orage 47";
  await rep.getByLabel(/^Nouveau mot de passe/).fill(password);
  await rep.getByLabel("Confirmer le nouveau mot de passe").fill(password);
  await rep.getByRole("button", { name: "Enregistrer et me connecter" }).click();

  // Enrolment in French, with the QR code drawn on the server; nothing else opens meanwhile.
  await expect(rep.getByRole("heading", { level: 1, name: "Activer la vérification en deux étapes" })).toBeVisible();
  await expect(rep.getByRole("img", { name: "QR code à scanner avec votre application d'authentification" }).locator("svg")).toBeVisible();
  await expectAccessible(rep);
  await rep.goto("/reports");
  await expect(rep).toHaveURL(/\/login\/enrol/);
  await rep.getByLabel("Code affiché par l'application").fill("000000");
  await rep.getByRole("button", { name: "Activer" }).click();
  await expect(rep.getByText("Ce code n'est pas valable", { exact: false })).toBeVisible();
  const { secret, recoveryCodes } = await enrolTotp(rep);
  expect(recoveryCodes).toHaveLength(10);
  await expect(rep.getByRole("heading", { level: 1, name: "Bonjour Rita Deuxfacteurs" })).toBeVisible();
  await logout(rep);

  // Sign-in with the password, then the code.
  await login(rep, email, password);
  await expect(rep.getByRole("heading", { level: 1, name: "Vérification en deux étapes" })).toBeVisible();
  await expectAccessible(rep);
  await rep.goto("/reports");
  await expect(rep).toHaveURL(/\/login\/second-factor/);
  await enterTotp(rep, secret);
  await expect(rep.getByRole("heading", { level: 1, name: "Bonjour Rita Deuxfacteurs" })).toBeVisible();
  await logout(rep);

  // A recovery code works once.
  await login(rep, email, password);
  await rep.getByLabel("Code de vérification").fill(recoveryCodes[0]!);
  await rep.getByRole("button", { name: "Vérifier" }).click();
  await expect(rep.getByText("Code de secours accepté. Il vous en reste 9.")).toBeVisible();
  await rep.getByRole("link", { name: "Continuer" }).click();
  await expect(rep.getByRole("heading", { level: 1, name: "Bonjour Rita Deuxfacteurs" })).toBeVisible();
  await logout(rep);
  await login(rep, email, password);
  await rep.getByLabel("Code de vérification").fill(recoveryCodes[0]!);
  await rep.getByRole("button", { name: "Vérifier" }).click();
  await expect(rep.getByText("Ce code n'est pas valable", { exact: false })).toBeVisible();
  await context.close();
});

test("the admin sees which roles must use a second factor", async ({ page }) => {
  await loginAs(page, "admin");
  await page.goto("/admin/security");
  await expect(page.getByRole("heading", { level: 1, name: "Vérification en deux étapes" })).toBeVisible();
  await expect(page.getByLabel("Obligatoire pour le rôle « Élu·e / représentant·e »")).toBeChecked();
  await expect(page.getByLabel("Obligatoire pour le rôle « Lecteur·rice »")).not.toBeChecked();
  await expectAccessible(page);
});
