import { expect, test, type Page } from "@playwright/test";

import { expectAccessible, unique } from "./fixtures";

async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test("on a phone, a member reports a tool anonymously, keeps the receipt and follows the report up", async ({ page, context }) => {
  // Three argon2id hashes (submit, wrong and right receipts) and two messages: past the default 30 s on 2 loaded cores.
  test.setTimeout(90_000);
  const marker = unique();
  const script = `<script>window.__pwned = "${marker}"</script><b>gras</b>`;
  // No third-party resource: every request stays on the app's origin.
  const foreign: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (!["http:", "https:"].includes(url.protocol)) return;
    if (url.origin !== new URL(page.url() === "about:blank" ? request.url() : page.url()).origin) foreign.push(request.url());
  });

  await page.goto("/signaler");
  await expect(page.getByRole("heading", { level: 1, name: "Signaler un outil d'IA" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Votre anonymat, en clair" })).toBeVisible();
  await expectNoHorizontalScroll(page);
  await expectAccessible(page);

  // Bad input: errors next to the fields, nothing sent.
  await page.getByLabel("Ce que fait l'outil").fill("court");
  await page.getByRole("button", { name: "Envoyer le signalement" }).click();
  await expect(page.getByText("Le signalement n'est pas parti : corrigez les champs signalés.")).toBeVisible();
  await expect(page.getByText("Indiquez votre employeur : choisissez-le dans la liste ou tapez son nom.")).toBeVisible();
  await expect(page.getByText("Décrivez ce que fait l'outil en quelques mots (10 caractères au moins).")).toBeVisible();
  await expect(page.getByLabel("Votre employeur")).toBeFocused();
  await expectAccessible(page);

  await page.getByLabel("Votre employeur").fill("Banque Horizon Populaire");
  await expect(page.getByText("Employeur reconnu dans la liste.")).toBeVisible();
  await page.getByLabel("Service ou site (facultatif)").fill("Plateau d'appels");
  await page.getByLabel("Ce que fait l'outil").fill(`Un assistant ${marker} note chaque appel ${script}`);
  await page.getByRole("radio", { name: "Non" }).check();
  await page.getByRole("checkbox", { name: "Surveillance" }).check();
  await page.getByRole("button", { name: "Envoyer le signalement" }).click();

  await expect(page.getByRole("heading", { name: "Signalement envoyé" })).toBeFocused();
  const receipt = (await page.getByTestId("receipt").textContent())?.trim() ?? "";
  expect(receipt).toMatch(/^\d{4} \d{4} \d{4} \d{4}$/);
  await expect(page.getByText("il ne sera plus jamais affiché")).toBeVisible();
  await expect(page.getByRole("button", { name: "Copier le code" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Imprimer" })).toBeVisible();
  expect(page.url()).not.toContain(receipt.replace(/ /g, ""));
  await expectNoHorizontalScroll(page);
  await expectAccessible(page);

  // Follow-up: wrong and malformed receipts, then the right one.
  await page.goto("/suivi");
  await expect(page.getByRole("heading", { level: 1, name: "Suivre mon signalement" })).toBeVisible();
  const receiptField = page.getByLabel("Code de suivi");
  await receiptField.fill("1234 5678 9012 3456");
  await page.getByRole("button", { name: "Ouvrir mon signalement" }).click();
  await expect(page.getByText("Ce code ne correspond à aucun signalement. Vérifiez les 16 chiffres et réessayez.")).toBeVisible();
  await receiptField.fill("12");
  await page.getByRole("button", { name: "Ouvrir mon signalement" }).click();
  await expect(page.getByText("Un code de suivi compte 16 chiffres, par exemple 1234 5678 9012 3456.")).toBeVisible();
  await expectAccessible(page);

  await receiptField.fill(receipt);
  await page.getByRole("button", { name: "Ouvrir mon signalement" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mon signalement" })).toBeVisible();
  await expect(page.getByTestId("reporter-status")).toHaveText("Reçu");
  await expect(page.getByText("Pas encore de message.")).toBeVisible();
  // Text with HTML or script is shown as text, never run.
  await expect(page.getByText(script)).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
  expect(page.url()).toMatch(/\/suivi$/);

  const cookie = (await context.cookies()).find((candidate) => candidate.name === "vigie_suivi");
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Strict", path: "/suivi" });
  expect(cookie?.value).not.toContain(receipt.replace(/ /g, ""));

  // The reporter answers.
  await page.getByRole("button", { name: "Envoyer le message" }).click();
  await expect(page.getByText("Écrivez votre message.")).toBeVisible();
  const answer = `<img src=x onerror="window.__pwned='${marker}'"> Service recouvrement ${marker}`;
  await page.getByLabel("Votre message").fill(answer);
  await page.getByRole("button", { name: "Envoyer le message" }).click();
  await expect(page.getByText("Message envoyé.")).toBeVisible();
  const thread = page.locator("section", { has: page.getByRole("heading", { name: "Échanges avec le syndicat" }) });
  await expect(thread.getByText(answer)).toBeVisible();
  await expect(thread.getByText(/^Vous · le /)).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
  await expectNoHorizontalScroll(page);
  await expectAccessible(page);

  // Closing the report on this device asks for the receipt again.
  await page.getByRole("button", { name: "Fermer mon signalement sur cet appareil" }).click();
  await expect(page.getByLabel("Code de suivi")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Suivre mon signalement" })).toBeVisible();
  expect(foreign).toEqual([]);
});

test("the report pages speak English too and are linked from the sign-in page", async ({ page }) => {
  await page.goto("/login");
  await page.getByRole("link", { name: "Le signaler anonymement" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Signaler un outil d'IA" })).toBeVisible();
  await page.getByRole("button", { name: /English/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Report an AI tool" })).toBeVisible();
  await expect(page.getByLabel("What the tool does")).toBeVisible();
  await page.goto("/suivi");
  await expect(page.getByRole("heading", { level: 1, name: "Follow my report" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: /Français/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Suivre mon signalement" })).toBeVisible();
});

test.describe("without JavaScript (Tor Browser's safest level)", () => {
  test.use({ javaScriptEnabled: false });

  test("a member reports, is told in French what to fix without losing what was typed, gets the receipt and follows up", async ({ page }) => {
    // Two argon2id hashes (submit and receipt) and full page loads on 2 loaded cores.
    test.setTimeout(90_000);
    const marker = unique();
    await page.goto("/signaler");
    await expect(page.getByRole("heading", { level: 1, name: "Signaler un outil d'IA" })).toBeVisible();
    // The form posts itself: no script has run (the copy button of the receipt needs one, see below).
    expect(await page.locator("form#report-form, #report-form form").getAttribute("method")).toBe("POST");

    await page.getByLabel("Votre employeur").fill("Banque Horizon Populaire");
    await page.getByLabel("Service ou site (facultatif)").fill(`Plateau ${marker}`);
    const whatItDoes = page.getByLabel("Ce que fait l'outil");
    await whatItDoes.fill("court");
    await page.getByRole("radio", { name: "Non" }).check();
    await page.getByRole("checkbox", { name: "Surveillance" }).check();
    await page.getByRole("button", { name: "Envoyer le signalement" }).click();

    // The server's message, next to its field; everything typed is still there.
    await expect(page.getByText("Le signalement n'est pas parti : corrigez les champs signalés.")).toBeVisible();
    await expect(whatItDoes).toHaveAccessibleDescription(/Décrivez ce que fait l'outil en quelques mots \(10 caractères au moins\)\./);
    await expect(whatItDoes).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("Indiquez votre employeur")).toHaveCount(0);
    await expect(whatItDoes).toHaveValue("court");
    await expect(page.getByLabel("Votre employeur")).toHaveValue("Banque Horizon Populaire");
    await expect(page.getByLabel("Service ou site (facultatif)")).toHaveValue(`Plateau ${marker}`);
    await expect(page.getByRole("radio", { name: "Non" })).toBeChecked();
    await expect(page.getByRole("checkbox", { name: "Surveillance" })).toBeChecked();
    expect(new URL(page.url()).hash).toBe("#report-form");

    await whatItDoes.fill(`Un assistant ${marker} note chaque appel`);
    await page.getByRole("button", { name: "Envoyer le signalement" }).click();
    await expect(page.getByRole("heading", { name: "Signalement envoyé" })).toBeVisible();
    const receipt = (await page.getByTestId("receipt").textContent())?.trim() ?? "";
    expect(receipt).toMatch(/^\d{4} \d{4} \d{4} \d{4}$/);
    await expect(page.getByRole("button", { name: "Copier le code" })).toHaveCount(0);

    await page.goto("/suivi");
    const receiptField = page.getByLabel("Code de suivi");
    await receiptField.fill("12");
    await page.getByRole("button", { name: "Ouvrir mon signalement" }).click();
    await expect(page.getByLabel("Code de suivi")).toHaveAccessibleDescription(/Un code de suivi compte 16 chiffres/);
    await page.getByLabel("Code de suivi").fill(receipt);
    await page.getByRole("button", { name: "Ouvrir mon signalement" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Mon signalement" })).toBeVisible();
    await expect(page.getByText(`Un assistant ${marker} note chaque appel`)).toBeVisible();

    await page.getByRole("button", { name: "Envoyer le message" }).click();
    await expect(page.getByLabel("Votre message")).toHaveAccessibleDescription(/Écrivez votre message\./);
    await page.getByLabel("Votre message").fill(`Précision ${marker}`);
    await page.getByRole("button", { name: "Envoyer le message" }).click();
    await expect(page.getByText("Message envoyé.")).toBeVisible();
    const thread = page.locator("section", { has: page.getByRole("heading", { name: "Échanges avec le syndicat" }) });
    await expect(thread.getByText(`Précision ${marker}`)).toBeVisible();
  });
});
