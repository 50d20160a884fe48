import { readFile } from "node:fs/promises";

import { expect, test, type Page } from "@playwright/test";
import ICAL from "ical.js";

import { pdfText } from "../setup/pdf-text";
import { demo, expectAccessible, loginAs, logout, unique } from "./fixtures";

/** Today in Paris as "YYYY-MM-DD", like the app's default sent date. */
const todayInParis = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());

/** A bank case with the consultation opened and two documents of nine received. Returns the case URL. */
async function caseWithMissingDocuments(page: Page, id: string): Promise<string> {
  const bank = demo("repBanque").employer!;
  await page.goto("/tools/new");
  await page.getByLabel("Éditeur").fill(`ScorIA ${id}`);
  await page.getByLabel("Nom du produit").fill("Conseiller augmenté");
  await page.getByRole("group", { name: "Ce que fait l'outil" }).getByLabel("Notation des appels / respect des scripts").check();
  await page.getByRole("button", { name: "Ajouter l'outil" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `ScorIA ${id} — Conseiller augmenté` })).toBeVisible();

  await page.goto("/cases/new");
  await page.getByLabel(/^Employeur/).selectOption({ label: bank });
  await page.getByLabel(/^Outil \(catalogue\)/).selectOption({ label: `ScorIA ${id} — Conseiller augmenté` });
  await page.getByLabel(/^Nom du projet chez l'employeur/).fill(`Notation des appels ${id}`);
  await page.getByLabel(/^Phase du déploiement/).selectOption("announced");
  await page.getByLabel(/^Connu de la section le/).fill("2026-09-01");
  await page.getByLabel(/^Comment l'avons-nous appris/).selectOption("employer_info");
  await page.getByRole("button", { name: "Ouvrir le dossier" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Notation des appels ${id}` })).toBeVisible();
  const caseUrl = page.url();

  await page.getByRole("link", { name: "Modifier la consultation" }).click();
  await page.getByLabel(/^Remise des informations précises et écrites/).fill("2026-09-04");
  const documents = page.getByRole("group", { name: /Documents reçus/ });
  await documents.getByLabel("Note de présentation du projet").check();
  await documents.getByLabel("Plan de formation").check();
  await page.getByRole("button", { name: "Enregistrer la consultation" }).click();
  await expect(page.getByText("Consultation enregistrée, échéances recalculées.")).toBeVisible();
  return caseUrl;
}

test("a rep writes the L2312-15 letter from a case, saves it, finds it on the timeline and downloads its PDF", async ({ page }) => {
  test.setTimeout(120_000);
  const id = unique();
  const bank = demo("repBanque").employer!;
  await loginAs(page, "repBanque");
  const caseUrl = await caseWithMissingDocuments(page, id);

  // The case offers the letters it can send, and says why the others are not offered.
  await page.goto(caseUrl);
  const letters = page.locator("#courriers");
  await expect(letters.getByRole("heading", { name: "Courriers" })).toBeVisible();
  await letters.getByText("Rédiger un courrier", { exact: true }).click();
  await expect(letters.getByText(/la consultation est déjà ouverte/)).toBeVisible();
  // Complaints and notices rest on a flag: the CNIL complaint on F2, F4, F14, F15 or F16.
  await expect(letters.getByText(/proposée seulement quand le dossier signale un manquement sur lequel elle s'appuie \(F2, F4, F14, F15, F16\)/)).toBeVisible();
  await letters.getByRole("link", { name: "Demande d'informations précises et écrites (L2312-15)" }).click();

  // The draft, written from the case, with its preview as the PDF will lay it out.
  await expect(page.getByRole("heading", { level: 1, name: "Demande d'informations précises et écrites (L2312-15)" })).toBeVisible();
  const preview = page.getByRole("article", { name: "Aperçu du courrier" });
  await expect(preview).toContainText(bank);
  await expect(preview).toContainText(`ScorIA ${id} Conseiller augmenté`);
  await expect(preview).toContainText("– la description des flux de données");
  await expect(preview).toContainText("au plus tard le 3 octobre 2026");
  await expect(preview).not.toContainText("– la note de présentation du projet");
  await expectAccessible(page);

  const sentOn = todayInParis();
  await page.getByLabel(/^Lieu/).fill("Lyon");
  await expect(preview).toContainText("Lyon, le ");
  await page.getByLabel(/^Date d'envoi/).fill(sentOn);
  const replyDue = await page.getByLabel(/^Réponse attendue le/).inputValue();
  expect(replyDue > sentOn).toBe(true);
  await page.getByRole("button", { name: "Enregistrer le courrier" }).click();

  // Back on the case: listed with its reply due date, and on the timeline.
  await expect(page).toHaveURL(/#courriers$/);
  const saved = letters.getByRole("list", { name: "Courriers du dossier" }).getByRole("listitem").first();
  await expect(saved).toContainText("Demande d'informations précises et écrites sur le projet");
  await expect(saved).toContainText(/Réponse attendue le \d{1,2}(er)? \S+ 20\d\d/);
  const timeline = page.locator("section").filter({ has: page.getByRole("heading", { name: "Chronologie" }) });
  const entry = timeline.getByRole("listitem").filter({ hasText: "Courrier envoyé" }).first();
  await expect(entry).toContainText("Demande d'informations précises et écrites sur le projet");
  await expect(entry).toContainText("Réponse attendue le");
  await expectAccessible(page);

  // The PDF says what the letter says: employer, tool, missing documents, articles.
  const [download] = await Promise.all([page.waitForEvent("download"), saved.getByRole("link", { name: /Télécharger le PDF/ }).click()]);
  expect(download.suggestedFilename()).toBe(`Demande d'informations L2312-15 - ${bank} - ${sentOn}.pdf`);
  const text = await pdfText(await readFile(await download.path()));
  for (const expected of [
    bank,
    `ScorIA ${id} Conseiller augmenté`,
    "la description des flux de données",
    "l'analyse d'impact relative à la protection des données (article 35 du RGPD)",
    "l'étude d'impact sur les emplois, les métiers, les compétences et la charge de travail",
    "article L2312-15 du Code du travail",
    "article R2312-5",
    "Lyon, le ",
  ]) {
    expect(text).toContain(expected);
  }
  expect(text).not.toContain("la note de présentation du projet");

  // Another employer's rep gets nothing: not the draft, not the PDF.
  const pdfPath = new URL((await saved.getByRole("link", { name: /Télécharger le PDF/ }).getAttribute("href"))!, page.url()).pathname;
  await logout(page);
  await loginAs(page, "repAssurance");
  expect((await page.request.get(pdfPath)).status()).toBe(404);
  await page.goto(`${caseUrl}/letters/new?kind=precise_information`);
  await expect(page.getByRole("heading", { level: 1, name: "Page introuvable" })).toBeVisible();
});

test("a rep subscribes to their deadlines by a secret calendar URL, replaces it and the old one stops", async ({ page }) => {
  await loginAs(page, "repBanque");
  await page.getByRole("link", { name: "Mon agenda (ICS)" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mon agenda (ICS)" })).toBeVisible();
  await expectAccessible(page);
  // A feed left by an earlier run starts over.
  if (await page.getByRole("button", { name: "Révoquer le lien" }).isVisible()) {
    await page.getByRole("button", { name: "Révoquer le lien" }).click();
    await expect(page.getByText("Lien révoqué")).toBeVisible();
  }
  await page.getByRole("button", { name: "Créer mon lien d'agenda" }).click();
  const first = (await page.getByTestId("one-time-secret").textContent())!.trim();
  expect(first).toMatch(/\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
  await expectAccessible(page);

  const response = await page.request.get(first);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
  expect(response.headers()["cache-control"]).toBe("no-store");
  const events = new ICAL.Component(ICAL.parse(await response.text())).getAllSubcomponents("vevent").map((component) => new ICAL.Event(component));
  expect(events.length).toBeGreaterThan(0);
  const bank = demo("repBanque").employer!;
  expect(events.every((event) => event.summary.includes(`— ${bank} · `))).toBe(true);
  expect(events.every((event) => event.startDate.isDate)).toBe(true);

  await page.getByRole("button", { name: "Générer un nouveau lien" }).click();
  await expect(page.getByTestId("one-time-secret")).not.toHaveText(first);
  const second = (await page.getByTestId("one-time-secret").textContent())!.trim();
  expect((await page.request.get(first)).status()).toBe(404);
  expect((await page.request.get(second)).status()).toBe(200);
  await page.getByRole("button", { name: "Révoquer le lien" }).click();
  await expect(page.getByText("Lien révoqué")).toBeVisible();
  expect((await page.request.get(second)).status()).toBe(404);
});
