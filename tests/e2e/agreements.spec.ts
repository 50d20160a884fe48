import { expect, test } from "@playwright/test";

import { demo, expectAccessible, loginAs, logout, unique } from "./fixtures";

/**
 * Issue 20, the agreements library: a rep records an AI agreement at their employer with its clauses
 * and shares it; a rep of another employer finds it in the library by clause; an unshared one stays
 * with its employer.
 */
test("a rep records an AI agreement, shares it, and another union's rep finds it in the library", async ({ page }) => {
  test.setTimeout(120_000);
  const shared = `Accord IA partagé ${unique()}`;
  const kept = `Accord IA interne ${unique()}`;
  const insurer = demo("repAssurance").employer!;
  await loginAs(page, "repAssurance");

  await page.goto("/employers");
  await page.getByRole("link", { name: insurer }).first().click();
  const section = page.locator("section#agreements");
  await expect(section.getByRole("heading", { level: 2, name: "Accords collectifs sur l'IA" })).toBeVisible();

  for (const [title, isShared] of [
    [shared, true],
    [kept, false],
  ] as const) {
    await section.getByRole("link", { name: "Ajouter un accord" }).click();
    await page.waitForLoadState("networkidle");
    await page.getByLabel(/^Intitulé de l'accord/).fill(title);
    await page.getByLabel(/^Date de signature/).fill("2026-06-15");
    await page.getByRole("checkbox", { name: "Formation des salariés" }).check();
    await page.getByRole("button", { name: "Enregistrer l'accord" }).click();
    // A ticked clause needs its wording, on its field.
    await expect(page.getByText("Recopiez le texte de la clause, ou décochez-la.")).toBeVisible();
    await page.getByLabel(/^Texte de la clause : Formation des salariés/).fill("Quatorze heures de formation avant toute utilisation.");
    await page.getByLabel(/^Ce que nous avons obtenu/).fill("La formation avant l'outil.");
    if (isShared) await page.getByRole("checkbox", { name: /^Partager cet accord/ }).check();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Enregistrer l'accord" }).click();
    await expect(page.locator("section#agreements").getByRole("heading", { level: 3, name: title })).toBeVisible();
  }
  await expect(section.getByText("Quatorze heures de formation avant toute utilisation.").first()).toBeVisible();
  await logout(page);

  await loginAs(page, "repBanque");
  await page.goto("/agreements?clause=training");
  await expect(page.getByRole("heading", { level: 1, name: "Bibliothèque des accords" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 3, name: shared })).toBeVisible();
  await expect(page.getByRole("heading", { level: 3, name: kept })).toHaveCount(0);
  // The demo's own agreement (prisma/seed-agreements.ts), shared, has all four clauses.
  const seeded = page.getByRole("heading", { level: 3, name: "Accord sur l'intelligence artificielle et l'évolution des métiers 2025-2028" });
  await expect(seeded).toBeVisible();
  await page.goto("/agreements?clause=no_ai_dismissal");
  await expect(seeded).toBeVisible();
  await expect(page.getByRole("heading", { level: 3, name: shared })).toHaveCount(0);
  await expectAccessible(page);
});
