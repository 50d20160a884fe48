import { expect, test } from "@playwright/test";

import { demo, enrolTotp, enterTotp, login, loginAs, logout, unique } from "./fixtures";

test("an admin creates a rep, who signs in with the one-time password and must replace it", async ({ page }) => {
  const email = `rep-${unique()}@vigie.test`;
  const employer = demo("repBanque").employer!;

  await loginAs(page, "admin");
  await page.goto("/admin/users/new");
  await page.getByLabel("Nom").fill("Nadia Testeuse");
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Rôle").selectOption("rep");
  // A rep belongs to a union, which must be present at their employers (issue 15): the form says where
  // it is absent, and the server refuses such an account on the field.
  await page.getByLabel("Syndicat").selectOption({ label: "CFDT — Confédération française démocratique du travail" });
  await expect(page.getByText("CFDT n'est pas présent ici")).toHaveCount(3);
  await page.getByLabel("Assistance Europe Secours").check();
  await page.getByRole("button", { name: "Créer le compte" }).click();
  await expect(page.getByText("Le syndicat de ce compte n'est pas présent chez un des employeurs choisis", { exact: false })).toBeVisible();
  await page.getByLabel("Assistance Europe Secours").uncheck();
  await page.getByLabel("Syndicat").selectOption({ label: "CGT — Confédération générale du travail" });
  await page.getByLabel(employer).check();
  await page.getByRole("button", { name: "Créer le compte" }).click();
  const secret = page.getByTestId("one-time-secret");
  await expect(secret).toBeVisible();
  const oneTimePassword = (await secret.textContent())!.trim();
  expect(oneTimePassword).toMatch(/^[A-Za-z2-9-]{23}$/);

  await page.getByRole("link", { name: "Voir le compte créé" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nadia Testeuse" })).toBeVisible();
  await expect(page.getByText(employer)).toBeVisible();
  await expect(page.getByText("Syndicat : CGT", { exact: false })).toBeVisible();
  await logout(page);

  await login(page, email, oneTimePassword);
  // A rep reads members' reports: two-step verification first, before anything else.
  await expect(page).toHaveURL(/\/login\/enrol/);
  await page.goto("/employers");
  await expect(page).toHaveURL(/\/login\/enrol/);
  const { secret: totpSecret } = await enrolTotp(page);
  await expect(page).toHaveURL(/\/account\/password/);
  await expect(page.getByText("Vous vous êtes connecté·e avec un mot de passe provisoire.", { exact: false })).toBeVisible();
  // Until the password is replaced, other pages send the user back here.
  await page.goto("/employers");
  await expect(page).toHaveURL(/\/account\/password/);

  await page.getByLabel("Mot de passe actuel").fill(oneTimePassword);
  await page.getByLabel(/^Nouveau mot de passe/).fill("court");
  await page.getByLabel("Confirmer le nouveau mot de passe").fill("court");
  await page.getByRole("button", { name: "Changer le mot de passe" }).click();
  await expect(page.getByText("Le mot de passe doit contenir au moins 12 caractères.")).toBeVisible();

  // A long but guessable password is refused by the screening, with the strength shown as it is typed.
  await page.getByLabel(/^Nouveau mot de passe/).fill("motdepasse123456");
  await expect(page.getByTestId("password-strength")).toContainText("Solidité du mot de passe");
  await page.getByLabel("Confirmer le nouveau mot de passe").fill("motdepasse123456");
  await page.getByRole("button", { name: "Changer le mot de passe" }).click();
  await expect(page.getByText("Ce mot de passe est trop facile à deviner", { exact: false })).toBeVisible();

  await page.getByLabel(/^Nouveau mot de passe/).fill("Ma phrase de passe syndicale");
  await page.getByLabel("Confirmer le nouveau mot de passe").fill("Ma phrase de passe syndicale");
  await page.getByRole("button", { name: "Changer le mot de passe" }).click();
  // The new session proves the second factor again.
  await enterTotp(page, totpSecret);
  await expect(page.getByText("Votre mot de passe a été changé.")).toBeVisible();
  await expect(page.getByRole("link", { name: employer })).toBeVisible();
});

test("an admin invites a viewer by link, then deactivates them and their session stops", async ({ page, browser }) => {
  const email = `viewer-${unique()}@vigie.test`;
  await loginAs(page, "admin");
  await page.goto("/admin/users/new");
  await page.getByLabel("Nom").fill("Vincent Invité");
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Rôle").selectOption("viewer");
  await page.getByLabel("Lien d'invitation", { exact: false }).check();
  await page.getByRole("button", { name: "Créer le compte" }).click();
  const link = (await page.getByTestId("one-time-secret").textContent())!.trim();
  expect(link).toContain("/invite/");

  const invited = await browser.newContext();
  const invitedPage = await invited.newPage();
  await invitedPage.goto(link);
  await invitedPage.getByLabel(/^Nouveau mot de passe/).fill("Une phrase de passe solide");
  await invitedPage.getByLabel("Confirmer le nouveau mot de passe").fill("Une phrase de passe solide");
  await invitedPage.getByRole("button", { name: "Enregistrer et me connecter" }).click();
  await expect(invitedPage.getByRole("heading", { name: "Bonjour Vincent Invité" })).toBeVisible({ timeout: 20_000 });

  // The link works once.
  const reused = await (await browser.newContext()).newPage();
  await reused.goto(link);
  await expect(reused.getByText("Ce lien d'invitation n'est pas valable", { exact: false })).toBeVisible();

  await page.getByRole("link", { name: "Voir le compte créé" }).click();
  await page.getByRole("button", { name: "Désactiver le compte" }).click();
  await expect(page.getByText("Désactivé")).toBeVisible();

  await invitedPage.reload();
  await expect(invitedPage).toHaveURL(/\/login/);
  await invited.close();
});

test("bad employer input shows French errors on the fields and saves nothing", async ({ page }) => {
  await loginAs(page, "admin");
  await page.goto("/employers/new");
  await page.getByLabel("Raison sociale").fill("Assurances Fictives du Centre");
  await page.getByLabel("SIREN").fill("123456789");
  await page.getByLabel("IDCC").fill("12345");
  await page.getByRole("button", { name: "Ajouter l'employeur" }).click();
  await expect(page.getByText("Ce SIREN n'est pas valide", { exact: false })).toBeVisible();
  await expect(page.getByText("L'IDCC comporte au plus 4 chiffres.")).toBeVisible();
  await expect(page).toHaveURL(/\/employers\/new$/);
  await page.goto("/employers");
  await expect(page.getByText("Assurances Fictives du Centre")).toHaveCount(0);
});
