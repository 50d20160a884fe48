import { expect, test, type Page } from "@playwright/test";

import { deliverWaitingReports, demo, expectAccessible, loginAs, logout, unique } from "./fixtures";

/**
 * Issue 4's "Done when", on a 360 px phone: a member reports an undisclosed tool and keeps the receipt;
 * the bank's rep sees it, replies and opens a case from it; the member comes back with the receipt,
 * reads the reply and the new status, and answers; the insurer's rep never sees the report.
 */

async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test("a member's report goes to the bank's rep, becomes a case, and the member follows it with the receipt", async ({ page }) => {
  test.setTimeout(240_000);
  const id = unique();
  const bank = demo("repBanque").employer!;
  const whatItDoes = `Depuis lundi, un assistant rédige nos réponses aux clients et chronomètre chaque dossier (${id}).`;
  const reply = `Merci ! Sur quel plateau l'outil est-il utilisé ? (${id})`;
  const answer = `Au plateau de Lille, depuis trois semaines. (${id})`;

  // The member, signed out, on their phone.
  await page.goto("/signaler");
  await expectNoHorizontalScroll(page);
  await page.getByLabel(/^Votre employeur/).fill(bank);
  await page.getByLabel(/^Nom de l'outil/).fill(`RédacPro ${id}`);
  await page.getByLabel(/^Ce que fait l'outil/).fill(whatItDoes);
  await page.getByRole("group", { name: /Ce qui vous inquiète/ }).getByLabel("Intensification du travail").check();
  await page.getByRole("button", { name: "Envoyer le signalement" }).click();
  await expect(page.getByRole("heading", { name: "Signalement envoyé" })).toBeVisible();
  const receipt = (await page.getByTestId("receipt").innerText()).trim();
  expect(receipt.replace(/\s/g, "")).toMatch(/^\d{16}$/);
  await expectNoHorizontalScroll(page);

  // Until the end of its batch window the report waits, and its reporter already sees it as such.
  await page.goto("/suivi");
  await page.getByLabel(/^Code de suivi/).fill(receipt);
  await page.getByRole("button", { name: "Ouvrir mon signalement" }).click();
  await expect(page.getByTestId("report-pending")).toContainText("sera transmis aux représentants avec le prochain lot");
  await page.getByRole("button", { name: "Fermer mon signalement sur cet appareil" }).click();
  deliverWaitingReports();

  // The bank's rep finds it, replies, and opens a case from it.
  await loginAs(page, "repBanque");
  await page.goto("/reports");
  await expectNoHorizontalScroll(page);
  const entry = page.getByRole("listitem").filter({ hasText: whatItDoes });
  await entry.getByRole("link", { name: /^Signalement du / }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Signalement du / })).toBeVisible();
  const reportUrl = page.url();
  expect(reportUrl).toMatch(/\/reports\/[0-9a-f-]{36}$/);
  await expectNoHorizontalScroll(page);
  await expectAccessible(page);
  await page.getByLabel(/^Votre message à l'adhérent/).fill(reply);
  await page.getByRole("button", { name: "Envoyer à l'adhérent" }).click();
  await expect(page.getByText("Message envoyé.", { exact: false })).toBeVisible();
  await page.getByRole("link", { name: "Créer un dossier à partir de ce signalement" }).click();
  await expect(page.getByLabel("Description", { exact: true })).toHaveValue(whatItDoes);
  await expectNoHorizontalScroll(page);
  await page.getByLabel(/^Outil \(catalogue\)/).selectOption({ label: "Microsoft — Copilot pour Microsoft 365" });
  await page.getByRole("button", { name: "Ouvrir le dossier" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `RédacPro ${id}` })).toBeVisible();
  await expect(page.getByText("Un signalement d'adhérent a été rattaché au dossier")).toBeVisible();
  await expectNoHorizontalScroll(page);
  await logout(page);

  // The member comes back with the receipt: the reply, the new status, and an answer.
  await page.goto("/suivi");
  await page.getByLabel(/^Code de suivi/).fill(receipt);
  await page.getByRole("button", { name: "Ouvrir mon signalement" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mon signalement" })).toBeVisible();
  await expect(page.getByTestId("reporter-status")).toHaveText("Pris en charge dans un dossier");
  await expect(page.getByText(reply)).toBeVisible();
  await expect(page.getByText(demo("repBanque").name)).toHaveCount(0);
  await expectNoHorizontalScroll(page);
  await expectAccessible(page);
  await page.getByLabel(/^Votre message/).fill(answer);
  await page.getByRole("button", { name: "Envoyer le message" }).click();
  await expect(page.getByText("Message envoyé.")).toBeVisible();
  await expect(page.getByText(answer)).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: answer })).toContainText("en attente de transmission");
  await page.getByRole("button", { name: "Fermer mon signalement sur cet appareil" }).click();
  deliverWaitingReports();

  // The insurer's rep never sees it.
  await loginAs(page, "repAssurance");
  await page.goto("/reports?status=all");
  await expect(page.getByText(whatItDoes)).toHaveCount(0);
  const foreign = await page.goto(reportUrl);
  expect(foreign?.status()).toBe(404);
  await expect(page.getByText(whatItDoes)).toHaveCount(0);
  await logout(page);

  // The bank's rep sees that the member answered.
  await loginAs(page, "repBanque");
  await page.goto("/reports?status=linked");
  await expect(page.getByRole("listitem").filter({ hasText: whatItDoes })).toContainText("L'adhérent a écrit en dernier");
  await page.goto(reportUrl);
  await expect(page.getByText(answer)).toBeVisible();
});
