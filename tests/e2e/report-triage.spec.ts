import { expect, test, type Page } from "@playwright/test";

import { deliverWaitingReports, demo, expectAccessible, loginAs, logout, unique } from "./fixtures";

/**
 * Issue 4, the reps' side: a report sent through the public form reaches the inbox of the reps of its
 * employer only; a rep answers it, keeps an internal note, opens a case from it and finds it on the
 * case's timeline; an admin gives an unknown employer's report to a known employer.
 */

/** Sends a report through /signaler, signed out, and returns its receipt. */
async function submitReport(page: Page, report: { employer: string; whatItDoes: string; toolName?: string }): Promise<string> {
  await page.goto("/signaler");
  await page.getByLabel(/^Votre employeur/).fill(report.employer);
  if (report.toolName) await page.getByLabel(/^Nom de l'outil/).fill(report.toolName);
  await page.getByLabel(/^Ce que fait l'outil/).fill(report.whatItDoes);
  await page.getByRole("group", { name: /Ce qui vous inquiète/ }).getByLabel("Surveillance").check();
  await page.getByRole("button", { name: "Envoyer le signalement" }).click();
  await expect(page.getByRole("heading", { name: "Signalement envoyé" })).toBeVisible();
  const receipt = (await page.getByTestId("receipt").innerText()).trim();
  deliverWaitingReports(); // the end of the batch window (lib/reports/intake-spool.ts)
  return receipt;
}

/** The inbox entry of a report, found by its text, among every status. */
const inboxEntry = (page: Page, text: string) => page.getByRole("listitem").filter({ hasText: text });

test("the bank's rep answers a report, keeps a note, opens a case from it; the insurer's rep never sees it", async ({ page }) => {
  test.setTimeout(180_000);
  const id = unique();
  const bank = demo("repBanque").employer!;
  const whatItDoes = `Un logiciel note chaque appel des conseillers et affiche un classement (${id}).`;
  const toolName = `Scorix ${id}`;
  await submitReport(page, { employer: bank, whatItDoes, toolName });

  await loginAs(page, "repBanque");
  await page.goto("/reports");
  await expect(page.getByRole("heading", { level: 1, name: "Signalements des adhérents" })).toBeVisible();
  const entry = inboxEntry(page, whatItDoes);
  await expect(entry).toContainText(bank);
  await expect(entry).toContainText("Nouveau");
  await expectAccessible(page);
  await entry.getByRole("link", { name: /^Signalement du / }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Signalement du / })).toBeVisible();
  const reportUrl = page.url();
  expect(reportUrl).toMatch(/\/reports\/[0-9a-f-]{36}$/);
  await expect(page.getByText(whatItDoes)).toBeVisible();
  await expectAccessible(page);

  // A reply to the reporter that asks for details: the status follows.
  await page.getByLabel(/^Votre message à l'adhérent/).fill("Bonjour, sur quel site l'avez-vous vu ?");
  await page.getByLabel(/Demander des précisions/).check();
  await page.getByRole("button", { name: "Envoyer à l'adhérent" }).click();
  await expect(page.getByText("Message envoyé.", { exact: false })).toBeVisible();
  const conversation = page.locator("section").filter({ has: page.getByRole("heading", { name: "Échanges avec l'adhérent" }) });
  await expect(conversation.getByText("Bonjour, sur quel site l'avez-vous vu ?")).toBeVisible();
  await expect(conversation.getByText(`${demo("repBanque").name} (représentant)`)).toBeVisible();
  await expect(page.locator("header").getByText("Besoin d'informations")).toBeVisible();

  // An internal note: in its own section, labelled as never shown to the reporter, not in the conversation.
  const notes = page.getByRole("region", { name: "Notes internes" });
  await expect(notes.getByText("Jamais montrées à l'adhérent")).toBeVisible();
  await notes.getByLabel(/^Note interne/).fill(`Même outil qu'au siège ? ${id}`);
  await notes.getByRole("button", { name: "Ajouter la note interne" }).click();
  await expect(notes.getByText(`Même outil qu'au siège ? ${id}`)).toBeVisible();
  await expect(conversation.getByText(`Même outil qu'au siège ? ${id}`)).toHaveCount(0);

  // A case from the report: the form starts from it, the rep picks the tool.
  await page.getByRole("link", { name: "Créer un dossier à partir de ce signalement" }).click();
  await expect(page.getByText(/Dossier ouvert à partir du signalement du/)).toBeVisible();
  await expect(page.getByLabel(/^Employeur/)).toHaveValue(/.+/);
  await expect(page.getByLabel(/^Nom du projet chez l'employeur/)).toHaveValue(toolName);
  await expect(page.getByLabel(/^Description/)).toHaveValue(whatItDoes);
  await expect(page.getByLabel(/^Comment l'avons-nous appris/)).toHaveValue("member_report");
  await expectAccessible(page);
  await page.getByLabel(/^Outil \(catalogue\)/).selectOption({ label: "VocaLys — Speech Insight" });
  await page.getByRole("button", { name: "Ouvrir le dossier" }).click();
  await expect(page.getByRole("heading", { level: 1, name: toolName })).toBeVisible();

  // The case's timeline shows the link, not the report's text.
  const timeline = page.locator("section").filter({ has: page.getByRole("heading", { name: "Chronologie" }) });
  await expect(timeline.getByText("1 signalement d'adhérent rattaché à ce dossier")).toBeVisible();
  await expect(timeline.getByText("Un signalement d'adhérent a été rattaché au dossier")).toBeVisible();
  await expectAccessible(page);
  await timeline.getByRole("link", { name: "Voir le signalement" }).click();
  await expect(page).toHaveURL(reportUrl);
  await expect(page.locator("header").getByText("Rattaché à un dossier")).toBeVisible();
  await expect(page.getByRole("link", { name: toolName })).toBeVisible();

  // The insurer's rep: not in the inbox, 404 on its address.
  await logout(page);
  await loginAs(page, "repAssurance");
  await page.goto("/reports?status=all");
  await expect(page.getByRole("heading", { level: 1, name: "Signalements des adhérents" })).toBeVisible();
  await expect(page.getByText(whatItDoes)).toHaveCount(0);
  const response = await page.goto(reportUrl);
  expect(response?.status()).toBe(404);
  await expect(page.getByText(whatItDoes)).toHaveCount(0);
});

test("an admin gives a report naming an unknown employer to a known one, whose rep then sees it", async ({ page }) => {
  test.setTimeout(180_000);
  const id = unique();
  const bank = demo("repBanque").employer!;
  const typedName = `Courtage Fictif ${id}`;
  const whatItDoes = `Un robot trie les sinistres avant les gestionnaires (${id}).`;
  await submitReport(page, { employer: typedName, whatItDoes });

  // Reps never see a report without an employer.
  await loginAs(page, "repBanque");
  await page.goto("/reports?status=all");
  await expect(page.getByText(whatItDoes)).toHaveCount(0);
  await logout(page);

  await loginAs(page, "admin");
  // A report naming an unknown employer goes to every union (one copy each, issue 15): the admin gives
  // each copy its employer.
  await page.goto("/reports");
  await page.getByRole("link", { name: "Les voir" }).click();
  const copies = inboxEntry(page, whatItDoes);
  await expect(copies.first()).toContainText(`Employeur inconnu : « ${typedName} »`);
  const count = await copies.count();
  expect(count).toBeGreaterThanOrEqual(1);
  for (let copy = 0; copy < count; copy += 1) {
    await page.goto("/reports");
    await page.getByRole("link", { name: "Les voir" }).click();
    const entry = inboxEntry(page, whatItDoes).first();
    await expect(entry).toContainText(`Employeur inconnu : « ${typedName} »`);
    await entry.getByRole("link", { name: /^Signalement du / }).click();
    await expect(page.getByRole("heading", { level: 1, name: /^Signalement du / })).toBeVisible();
    await expect(page.getByText("Attribuez d'abord un employeur", { exact: false })).toBeVisible();
    if (copy === 0) await expectAccessible(page);
    await page.getByLabel(/^Employeur/).selectOption({ label: bank });
    await page.getByRole("button", { name: "Attribuer l'employeur" }).click();
    await expect(page.locator("header").getByText(bank)).toBeVisible();
    await expect(page.getByRole("button", { name: "Attribuer l'employeur" })).toHaveCount(0);
  }

  await logout(page);
  await loginAs(page, "repBanque");
  await page.goto("/reports");
  await expect(inboxEntry(page, whatItDoes)).toContainText(bank);
  await inboxEntry(page, whatItDoes).getByRole("link", { name: /^Signalement du / }).click();
  await expect(page.getByText(whatItDoes)).toBeVisible();
});
