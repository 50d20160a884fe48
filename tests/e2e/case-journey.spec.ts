import { expect, test } from "@playwright/test";

import { demo, expectAccessible, loginAs, logout, unique } from "./fixtures";

/**
 * Issue 3's journey: a rep logs voice analytics at an insurer's call centre, records D0 and an
 * expert, sees the computed deadlines, adds timeline events and a task, takes the case to resolved
 * with an outcome; a rep attached elsewhere cannot open it.
 */
test("a rep follows an AI deployment from logging to resolution", async ({ page }) => {
  test.setTimeout(150_000);
  const id = unique();
  const insurer = demo("repAssurance").employer!;
  await loginAs(page, "repAssurance");

  // The tool goes into the shared catalogue first.
  await page.goto("/tools/new");
  await page.getByLabel("Éditeur").fill(`VoxInsight ${id}`);
  await page.getByLabel("Nom du produit").fill("Call Emotion");
  await page.getByRole("group", { name: "Ce que fait l'outil" }).getByLabel("Analyse de la voix ou des émotions").check();
  await page.getByRole("button", { name: "Ajouter l'outil" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `VoxInsight ${id} — Call Emotion` })).toBeVisible();

  // The case, with a date error first: nothing is saved until it is fixed.
  await page.goto("/cases/new");
  await page.getByLabel(/^Employeur/).selectOption({ label: insurer });
  await page.getByLabel(/^Outil \(catalogue\)/).selectOption({ label: `VoxInsight ${id} — Call Emotion` });
  await page.getByLabel(/^Nom du projet chez l'employeur/).fill("Analyse vocale des appels");
  await page.getByLabel(/^Services concernés/).fill("Centre d'appels de Nantes");
  await page.getByLabel(/^Phase du déploiement/).selectOption("pilot");
  await page.getByLabel(/^Connu de la section le/).fill("2026-09-01");
  await page.getByLabel(/^Début du pilote/).fill("2026-10-01");
  await page.getByLabel(/^Mise en production/).fill("2026-09-15");
  await page.getByLabel(/^Comment l'avons-nous appris/).selectOption("member_report");
  await page.getByRole("group", { name: /Inquiétudes/ }).getByLabel("Surveillance").check();
  await page.getByRole("group", { name: /Ce que l'outil mesure/ }).getByLabel("Voix").check();
  await page.getByRole("button", { name: "Ouvrir le dossier" }).click();
  await expect(page.getByText("La mise en production ne peut pas précéder le début du pilote.")).toBeVisible();
  await page.getByLabel(/^Mise en production/).fill("2027-01-15");
  await page.getByRole("button", { name: "Ouvrir le dossier" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Analyse vocale des appels" })).toBeVisible();
  const caseUrl = page.url();
  await expectAccessible(page);

  // D0 and an expert: the legal deadlines appear, computed (R2312-6: D0 + 2 months with an expert).
  await page.getByRole("link", { name: "Modifier la consultation" }).click();
  await page.getByLabel(/^Remise des informations précises et écrites/).fill("2026-09-04");
  await page.getByLabel("Le CSE a recours à un expert habilité").check();
  await page.getByLabel(/^Cabinet d'expertise/).fill("Cabinet Syndex fictif");
  await page.getByLabel(/^Délibération du CSE/).fill("2026-09-10");
  await page.getByLabel(/^Désignation de l'expert/).fill("2026-09-11");
  await page.getByRole("button", { name: "Enregistrer la consultation" }).click();
  await expect(page.getByText("Consultation enregistrée, échéances recalculées.")).toBeVisible();
  await expectAccessible(page);
  await page.goto(caseUrl);
  const consultation = page.locator("section").filter({ has: page.getByRole("heading", { name: "Information-consultation du CSE" }) });
  await expect(consultation.locator('time[datetime="2026-11-04"]').first()).toBeVisible();
  await expect(consultation.getByText("R2312-6", { exact: false }).first()).toBeVisible();
  await expect(consultation.getByText("Documents manquants")).toBeVisible();

  // Timeline and tasks.
  await page.getByText("Ajouter un événement", { exact: true }).click();
  await page.getByLabel(/^Type/).selectOption("cse_meeting");
  await page.getByLabel(/^Titre/).fill("Réunion extraordinaire du CSE sur l'analyse vocale");
  await page.getByRole("button", { name: "Ajouter à la chronologie" }).click();
  await expect(page.getByText("Réunion extraordinaire du CSE sur l'analyse vocale").first()).toBeVisible();
  await page.getByLabel(/^Type/).selectOption("note");
  await page.getByLabel(/^Titre/).fill("Témoignage d'une conseillère");
  await page.getByRole("button", { name: "Ajouter à la chronologie" }).click();
  await expect(page.getByText("Note interne — jamais visible hors du dossier").first()).toBeVisible();
  await page.getByText("Ajouter une tâche", { exact: true }).click();
  await page.getByLabel(/^Tâche/).fill("Préparer les questions pour l'expert");
  await page.getByRole("button", { name: "Ajouter la tâche" }).click();
  await expect(page.getByText("Préparer les questions pour l'expert").first()).toBeVisible();

  // Through the statuses to resolved; resolving needs an outcome and a summary.
  for (const status of ["qualified", "consultation_open", "expertise_in_progress", "avis_given"]) {
    await page.getByLabel(/^Nouveau statut/).selectOption(status);
    await page.getByRole("button", { name: "Enregistrer le statut" }).click();
    await expect(page.getByText("Statut enregistré.")).toBeVisible();
  }
  await page.getByLabel(/^Nouveau statut/).selectOption("resolved");
  await page.getByRole("button", { name: "Enregistrer le statut" }).click();
  await expect(page.getByText("Pour clore le dossier comme résolu, indiquez l'issue obtenue.")).toBeVisible();
  await page.getByLabel(/^Issue obtenue/).selectOption("tool_modified");
  await page.getByLabel(/^Résumé de la résolution/).fill("L'analyse des émotions est désactivée ; seule la transcription reste.");
  await page.getByRole("button", { name: "Enregistrer le statut" }).click();
  await expect(page.getByText("Statut enregistré.")).toBeVisible();
  await page.reload();
  await expect(page.getByText("Outil modifié").first()).toBeVisible();
  await expect(page.getByText("« Avis rendu » → « Résolu »")).toBeVisible();
  await expectAccessible(page);

  // A rep attached to another employer cannot open it.
  await logout(page);
  await loginAs(page, "repBanque");
  const response = await page.goto(caseUrl);
  expect(response?.status()).toBe(404);
  await expect(page.getByText("Analyse vocale des appels")).toHaveCount(0);
});
