import { expect, test, type Page } from "@playwright/test";

import { demo, expectAccessible, loginAs, logout, unique } from "./fixtures";

/** A calendar day counted from today ('YYYY-MM-DD'); offsets stay far from midnight's Paris/UTC gap. */
function day(offset: number): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + offset);
  return date.toISOString().slice(0, 10);
}

const complianceSection = (page: Page) => page.locator("section").filter({ has: page.getByRole("heading", { level: 2, name: "Conformité : alertes" }) });
const flagName = (rule: string) => new RegExp(`^${rule} `);
const flagHeading = (page: Page, rule: string) => complianceSection(page).getByRole("heading", { level: 3, name: flagName(rule) });
/** A flag's whole item (explanation, facts, next step), found by its heading. */
const flagItem = (page: Page, rule: string) =>
  complianceSection(page).getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3, name: flagName(rule) }) });

/**
 * NOTE: react-hook-form writes its default values into the inputs when the form hydrates; an answer
 * typed before that is overwritten. Forms are filled once the page is idle.
 */
async function openForm(page: Page, url: string) {
  await page.goto(url);
  await page.waitForLoadState("networkidle");
}

async function editCase(page: Page, caseUrl: string, fill: () => Promise<void>) {
  await openForm(page, `${caseUrl}/edit`);
  await fill();
  await page.getByRole("button", { name: "Enregistrer les modifications" }).click();
  await expect(page).toHaveURL(caseUrl);
}

async function saveConsultation(page: Page, caseUrl: string, fill: () => Promise<void>) {
  await openForm(page, `${caseUrl}/consultation`);
  await fill();
  await page.getByRole("button", { name: "Enregistrer la consultation" }).click();
  await expect(page.getByText("Consultation enregistrée, échéances recalculées.")).toBeVisible();
  await page.goto(caseUrl);
}

/**
 * Issue 6, flags where reps work: a rep records a case's facts and watches the flags follow them on the
 * case page, filters the case list by flag; an admin moves a date of the legal calendar and the flags
 * follow with no code change.
 */
test("flags follow the facts and the legal calendar, on the case page and in the case list", async ({ page }) => {
  test.setTimeout(180_000);
  const name = `Assistant courriels ${unique()}`;
  const insurer = demo("repAssurance").employer!;
  await loginAs(page, "repAssurance");

  // A project only announced: nothing has been used, nothing is flagged.
  await openForm(page, "/cases/new");
  await page.getByLabel(/^Employeur/).selectOption({ label: insurer });
  await page.getByLabel(/^Outil \(catalogue\)/).selectOption({ label: "Microsoft — Copilot pour Microsoft 365" });
  await page.getByLabel(/^Nom du projet chez l'employeur/).fill(name);
  await page.getByLabel(/^Phase du déploiement/).selectOption("announced");
  await page.getByLabel(/^Connu de la section le/).fill(day(-60));
  await page.getByRole("button", { name: "Ouvrir le dossier" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  const caseUrl = page.url();
  await expect(complianceSection(page).getByText("Aucune alerte au vu des faits renseignés.")).toBeVisible();

  // The consultation, with the CSE's avis 20 days ago.
  await saveConsultation(page, caseUrl, async () => {
    await page.getByLabel(/^Remise des informations précises et écrites/).fill(day(-45));
    await page.getByRole("group", { name: "Fondements de la consultation" }).getByLabel("L2312-8 — nouvelle technologie").check();
    await page.getByLabel("Avis", { exact: true }).selectOption("favourable");
    await page.getByLabel(/^Date de l'avis/).fill(day(-20));
    await page.getByLabel(/^Réponse motivée de l'employeur/).fill(day(-10));
    await page.getByLabel(/^Formation à l'IA proposée/).selectOption("yes");
  });
  await expect(complianceSection(page).getByText("Aucune alerte au vu des faits renseignés.")).toBeVisible();

  // A pilot before the avis: F1, confirmed. Bad AI Act answers are refused next to their field first.
  await editCase(page, caseUrl, async () => {
    await page.getByLabel(/^Phase du déploiement/).selectOption("pilot");
    await page.getByLabel(/^Début du pilote/).fill(day(-30));
    await page.getByRole("group", { name: "Les représentants du personnel ont-ils reçu l'information prévue par l'AI Act ?" }).getByLabel("Oui").check();
    // Leaving a field shows its error, which moves what is below it: blur before the next click.
    await page.getByLabel(/^Part des appels enregistrés/).fill("150");
    await page.keyboard.press("Tab");
    await expect(page.getByText("Saisissez un pourcentage entier entre 0 et 100, ou laissez vide.")).toBeVisible();
    await page.getByRole("button", { name: "Enregistrer les modifications" }).click();
    await expect(page.getByText("Indiquez la date, ou choisissez « Je ne sais pas ».")).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("group", { name: "Les représentants du personnel ont-ils reçu l'information prévue par l'AI Act ?" }).getByLabel("Je ne sais pas").check();
    await page.getByLabel(/^Part des appels enregistrés/).fill("");
    await page.keyboard.press("Tab");
    await expect(page.getByText("Saisissez un pourcentage entier entre 0 et 100, ou laissez vide.")).toHaveCount(0);
  });
  await expect(flagHeading(page, "F1")).toHaveText(/Déploiement avant la fin de la consultation du CSE/);
  await expect(complianceSection(page).getByText("Confirmée")).toBeVisible();
  // Used before the consultation ended: the letter to write is the formal notice to suspend it.
  await expect(flagItem(page, "F1").getByRole("link", { name: "Rédiger la lettre : mise en demeure de suspendre le déploiement" })).toHaveAttribute("href", /\/letters\/new\?kind=suspend_deployment$/);

  // The avis recorded before the pilot: F1 goes away.
  await saveConsultation(page, caseUrl, async () => {
    await page.getByLabel(/^Date de l'avis/).fill(day(-35));
  });
  await expect(flagHeading(page, "F1")).toHaveCount(0);
  await expect(complianceSection(page).getByText("Aucune alerte au vu des faits renseignés.")).toBeVisible();

  // Emotion recognition on workers: F8, critical and confirmed, with the Art. 85 complaint. An HR use
  // without informing the representatives is not flagged yet: Art. 26(7) applies from 2 Dec 2027.
  await editCase(page, caseUrl, async () => {
    await page.getByRole("group", { name: "L'outil déduit-il les émotions des salariés ?" }).getByLabel("Oui").check();
    await page.getByRole("group", { name: "Usage RH : recrutement, évaluation ou répartition du travail ?" }).getByLabel("Oui").check();
    await page.getByRole("group", { name: "Les représentants du personnel ont-ils reçu l'information prévue par l'AI Act ?" }).getByLabel("Non").check();
  });
  const f8 = flagItem(page, "F8");
  await expect(f8.getByText("Gravité : Critique")).toBeVisible();
  await expect(f8.getByText("Confirmée")).toBeVisible();
  await expect(f8.getByText("AI Act art. 5(1)(f)", { exact: false })).toBeVisible();
  await expect(f8.getByRole("link", { name: "Rédiger la lettre : plainte à l'autorité de surveillance du marché" })).toHaveAttribute("href", /\/letters\/new\?kind=market_surveillance_complaint$/);
  await expect(flagHeading(page, "F9")).toHaveCount(0);
  const notYet = complianceSection(page).getByRole("region", { name: "Règles pas encore applicables" });
  // F9 (Art. 26(7)) and F10 (Art. 26(6) logs) both wait for that date.
  await expect(notYet.getByRole("listitem").filter({ hasText: /^F9 / }).getByText("adopté, applicable à partir du 2 décembre 2027")).toBeVisible();
  await expectAccessible(page);

  // HR profiling with no known DPIA is suspected (F14); its missing fact links to the form field.
  const f14 = flagItem(page, "F14");
  await expect(f14.getByText("À vérifier")).toBeVisible();
  await f14.getByRole("link", { name: "AIPD réalisée" }).click();
  await expect(page).toHaveURL(/\/edit#dpiaDone$/);
  await expect(page.getByRole("group", { name: "Une analyse d'impact RGPD (AIPD) existe-t-elle ?" })).toBeVisible();

  // The case list, filtered by flag.
  await page.goto("/cases");
  await page.getByText("Filtres", { exact: true }).click();
  await page.getByLabel("Alertes de conformité", { exact: true }).selectOption({ label: "F8 — Reconnaissance des émotions des salariés (pratique interdite)" });
  await page.getByLabel("Alertes confirmées ou à vérifier").selectOption("confirmed");
  await page.getByRole("button", { name: "Appliquer" }).last().click();
  await expect(page).toHaveURL(/flag=F8&flagStatus=confirmed/);
  await expect(page.getByRole("link", { name })).toBeVisible();
  await expectAccessible(page);
  await page.goto("/cases?flag=F9");
  await expect(page.getByRole("link", { name })).toHaveCount(0);

  // An admin undoes the postponement of Art. 26(7): F9 is flagged with no code change.
  await logout(page);
  await loginAs(page, "admin");
  await page.goto("/admin/legal-calendar");
  await expect(page.getByRole("heading", { level: 1, name: "Calendrier juridique" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Modifier la règle F9" }).click();
  await page.waitForLoadState("networkidle");
  await page.getByLabel(/^S'applique à partir du/).fill(day(-1));
  await page.getByLabel(/^Statut juridique/).selectOption("in_force");
  await page.getByRole("button", { name: "Enregistrer et recalculer les alertes" }).click();
  await expect(page.getByText(/^Enregistré\. Alertes recalculées pour \d+ dossiers/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Revenir à la valeur par défaut" })).toBeVisible();
  await expectAccessible(page);

  await page.goto(caseUrl);
  await expect(flagHeading(page, "F9")).toHaveText(/Système à haut risque sans information des représentants/);
  await page.goto("/cases?flag=F9");
  await expect(page.getByRole("link", { name })).toBeVisible();

  // Back to the default: F9 is not applicable again (and the other specs find the calendar as it was).
  await openForm(page, "/admin/legal-calendar/F9");
  await page.getByRole("button", { name: "Revenir à la valeur par défaut" }).click();
  await expect(page.getByText(/^Valeur par défaut rétablie\. Alertes recalculées/)).toBeVisible();
  await page.goto(caseUrl);
  await expect(flagHeading(page, "F9")).toHaveCount(0);
  await expect(
    complianceSection(page).getByRole("region", { name: "Règles pas encore applicables" }).getByRole("listitem").filter({ hasText: /^F9 / }).getByText("adopté, applicable à partir du 2 décembre 2027"),
  ).toBeVisible();
});
