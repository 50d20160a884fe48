import { expect, test, type Page } from "@playwright/test";

import { expectAccessible, login, loginAs, logout, unique } from "./fixtures";

/**
 * Passkeys with Chromium's virtual authenticator (CDP WebAuthn domain): a platform authenticator that
 * verifies the user and answers at once. It lives in the page's target, so each page gets its own.
 */
async function addVirtualAuthenticator(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  const { authenticatorId } = await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: { protocol: "ctap2", transport: "internal", hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
  });
  return { cdp, authenticatorId };
}

test("a rep adds a passkey, signs in with password and passkey (no code), then removes it", async ({ page }) => {
  test.setTimeout(180_000);
  const { cdp, authenticatorId } = await addVirtualAuthenticator(page);
  const account = await loginAs(page, "repAssurance", { fresh: true });
  await page.goto("/account/security");
  const passkeys = page.getByRole("region", { name: "Clés d'accès (passkeys)" });
  await expect(passkeys.getByText("Aucune clé d'accès.")).toBeVisible();
  await passkeys.getByRole("button", { name: "Ajouter une clé d'accès (passkey)" }).click();
  await expect(passkeys.getByText("Clé d'accès ajoutée.")).toBeVisible();
  const row = passkeys.getByTestId("passkey-row");
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("jamais utilisée pour se connecter");
  await expectAccessible(page);

  // The same authenticator again: the browser refuses it (excludeCredentials), said in French.
  await passkeys.getByRole("button", { name: "Ajouter une clé d'accès (passkey)" }).click();
  await expect(passkeys.getByText("Cette clé d'accès est déjà enregistrée sur votre compte.")).toBeVisible();
  await expect(row).toHaveCount(1);
  await logout(page);

  // Password, then the passkey instead of the TOTP code.
  await login(page, account.email, account.password);
  await expect(page.getByRole("heading", { level: 1, name: "Vérification en deux étapes" })).toBeVisible();
  await expect(page.getByLabel("Code de vérification")).toBeVisible();
  await page.getByRole("button", { name: "Utiliser ma clé d'accès (passkey)" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Bonjour ${account.name}` })).toBeVisible({ timeout: 20_000 });
  const { credentials } = await cdp.send("WebAuthn.getCredentials", { authenticatorId });
  expect(credentials).toHaveLength(1);
  expect(credentials[0]!.signCount).toBeGreaterThan(0);

  // Removal is a step-up action: the passkey sign-in just proved the factor.
  await page.goto("/account/security");
  await expect(row).toContainText("dernière utilisation le");
  await row.getByRole("button", { name: /^Retirer la clé d'accès/ }).click();
  await row.getByRole("button", { name: "Confirmer le retrait" }).click();
  await expect(passkeys.getByText("Clé d'accès retirée.")).toBeVisible();
  await expect(passkeys.getByText("Aucune clé d'accès.")).toBeVisible();
  await logout(page);

  // Without a passkey the second step offers only the code.
  await login(page, account.email, account.password);
  await expect(page.getByLabel("Code de vérification")).toBeVisible();
  await expect(page.getByRole("button", { name: "Utiliser ma clé d'accès (passkey)" })).toHaveCount(0);
});

test("an invited rep enrols a passkey instead of TOTP, and cannot remove the only factor the role requires", async ({ page, browser }) => {
  test.setTimeout(240_000);
  const email = `rep-passkey-${unique()}@vigie.test`;
  await loginAs(page, "admin");
  await page.goto("/admin/users/new");
  await page.getByLabel("Nom").fill("Paule Clédaccès");
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Rôle").selectOption("rep");
  // A rep belongs to a union: the first one offered.
  await page.getByLabel("Syndicat").selectOption({ index: 1 });
  await page.getByLabel("Lien d'invitation", { exact: false }).check();
  await page.getByRole("button", { name: "Créer le compte" }).click();
  const link = (await page.getByTestId("one-time-secret").textContent())!.trim();

  const context = await browser.newContext();
  const rep = await context.newPage();
  await addVirtualAuthenticator(rep);
  await rep.goto(link);
  const password = "Renard parapluie saison 83";
  await rep.getByLabel(/^Nouveau mot de passe/).fill(password);
  await rep.getByLabel("Confirmer le nouveau mot de passe").fill(password);
  await rep.getByRole("button", { name: "Enregistrer et me connecter" }).click();

  await expect(rep.getByRole("heading", { level: 1, name: "Activer la vérification en deux étapes" })).toBeVisible();
  const enrolPasskey = rep.getByRole("region", { name: "Ou bien : une clé d'accès (passkey)" });
  await enrolPasskey.getByRole("button", { name: "Ajouter une clé d'accès (passkey)" }).click();
  await expect(rep.getByText("Votre clé d'accès est enregistrée : la vérification en deux étapes est activée.")).toBeVisible();
  await expect(rep.getByTestId("recovery-codes").locator("li")).toHaveCount(10);
  await rep.getByRole("link", { name: "J'ai noté mes codes de secours, continuer" }).click();
  await expect(rep.getByRole("heading", { level: 1, name: "Bonjour Paule Clédaccès" })).toBeVisible();

  await rep.goto("/account/security");
  await expect(rep.getByText("La vérification en deux étapes est activée (clé d'accès).")).toBeVisible();
  const row = rep.getByTestId("passkey-row");
  await row.getByRole("button", { name: /^Retirer la clé d'accès/ }).click();
  await row.getByRole("button", { name: "Confirmer le retrait" }).click();
  await expect(row.getByText("Impossible de retirer cette clé d'accès", { exact: false })).toBeVisible();
  await rep.reload();
  await expect(rep.getByTestId("passkey-row")).toHaveCount(1);

  // The next sign-in: the passkey, with the recovery code as the fallback.
  await rep.getByRole("button", { name: "Se déconnecter" }).click();
  await expect(rep).toHaveURL(/\/login/);
  await login(rep, email, password);
  await expect(rep.getByText("Utilisez votre clé d'accès (passkey). Si vous ne l'avez plus, saisissez un code de secours.")).toBeVisible();
  await rep.getByRole("button", { name: "Utiliser ma clé d'accès (passkey)" }).click();
  await expect(rep.getByRole("heading", { level: 1, name: "Bonjour Paule Clédaccès" })).toBeVisible({ timeout: 20_000 });
  await context.close();
});
