import { expect, type Page, test } from "@playwright/test";

import { expectAccessible, loginAs, unique } from "./fixtures";

/** A card (a <section> titled by its heading). */
const card = (page: Page, title: string) => page.locator("section").filter({ has: page.getByRole("heading", { name: title, exact: true }) });

/** Fills the tool form with one function and submits it. */
async function submitTool(page: Page, vendor: string, productName: string) {
  await page.goto("/tools/new");
  await page.getByLabel("Éditeur").fill(vendor);
  await page.getByLabel("Nom du produit").fill(productName);
  await page.getByRole("group", { name: "Ce que fait l'outil" }).getByLabel("Rédaction de courriels clients").check();
  await page.getByRole("button", { name: "Ajouter l'outil" }).click();
}

test("a rep adds a tool; the same tool spelled differently is refused in French, with a link to the entry", async ({ page }) => {
  const id = unique();
  await loginAs(page, "repBanque");
  await page.getByRole("link", { name: "Catalogue des outils" }).click();
  await page.getByRole("link", { name: "Ajouter un outil" }).click();

  await page.getByLabel("Éditeur").fill(`Éditeur ${id}`);
  await page.getByLabel("Nom du produit").fill(`Assistant ${id}`);
  await page.getByRole("button", { name: "Ajouter l'outil" }).click();
  await expect(page.getByText("Cochez au moins une fonction.").first()).toBeVisible();
  const functions = page.getByRole("group", { name: "Ce que fait l'outil" });
  await functions.getByLabel("Rédaction de courriels clients").check();
  await functions.getByLabel("Synthèse / résumé").check();
  await page.getByRole("group", { name: "Catégories de données" }).getByLabel("Données clients").check();
  await page.getByLabel("Lieu d'hébergement").selectOption("eu");
  await page.getByLabel("Entraîné sur les données des salariés").selectOption("no");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Ajouter l'outil" }).click();

  const title = `Éditeur ${id} — Assistant ${id}`;
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const entryUrl = page.url();
  await expect(page.getByText("Union européenne")).toBeVisible();
  await expect(page.getByText("Aucun employeur et aucun dossier au total.")).toBeVisible();
  // Reps do not merge entries.
  await expect(page.getByRole("heading", { name: "Fusionner une autre fiche dans celle-ci" })).toHaveCount(0);
  await expectAccessible(page);

  await submitTool(page, `  editeur ${id.toUpperCase()} `, `ASSISTANT  ${id}.`);
  await expect(page.getByText(`Cet outil est déjà au catalogue : « Éditeur ${id} Assistant ${id} ».`, { exact: false })).toBeVisible();
  await expect(page.getByLabel("Nom du produit")).toHaveAttribute("aria-invalid", "true");
  await page.getByRole("link", { name: "Ouvrir la fiche existante" }).click();
  await expect(page).toHaveURL(entryUrl);

  await page.goto(`/tools?q=${encodeURIComponent(`editeur ${id}`)}`);
  await expect(page.getByRole("link", { name: `Assistant ${id}` })).toHaveCount(1);
});

test("an admin merges a duplicate entry into the one kept", async ({ page }) => {
  const id = unique();
  await loginAs(page, "admin");
  await submitTool(page, `Fournisseur ${id}`, "Copilot");
  await expect(page.getByRole("heading", { level: 1, name: `Fournisseur ${id} — Copilot` })).toBeVisible();
  const duplicateUrl = page.url();
  await submitTool(page, `Fournisseur ${id}`, "Copilot 365");
  await expect(page.getByRole("heading", { level: 1, name: `Fournisseur ${id} — Copilot 365` })).toBeVisible();

  const merge = card(page, "Fusionner une autre fiche dans celle-ci");
  await merge.getByRole("button", { name: "Fusionner" }).click();
  await expect(merge.getByText("Choisissez la fiche à fusionner.")).toBeVisible();
  await merge.getByLabel("Fiche à fusionner dans celle-ci").selectOption({ label: `Fournisseur ${id} — Copilot` });
  await merge.getByRole("button", { name: "Fusionner" }).click();
  await expect(merge.getByText("Cochez la confirmation pour fusionner.")).toBeVisible();
  await merge.getByLabel("Je confirme", { exact: false }).check();
  await merge.getByRole("button", { name: "Fusionner" }).click();
  await expect(merge.getByText("Fiches fusionnées : aucun dossier déplacé.")).toBeVisible();

  expect((await page.goto(duplicateUrl))?.status()).toBe(404);
  await page.goto(`/tools?q=${encodeURIComponent(id)}`);
  await expect(page.getByRole("link", { name: "Copilot 365" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Copilot", exact: true })).toHaveCount(0);
});

test("a viewer has no catalogue", async ({ page }) => {
  await loginAs(page, "viewer");
  await expect(page.getByRole("link", { name: "Catalogue des outils" })).toHaveCount(0);
  for (const path of ["/tools", "/tools/new"]) expect((await page.goto(path))?.status(), path).toBe(404);
});

test("an admin records an employer's CSE bodies and its accord de méthode", async ({ page }) => {
  const id = unique();
  await loginAs(page, "admin");
  await page.goto("/employers/new");
  await page.getByLabel("Raison sociale").fill(`Assurances ${id}`);
  await page.getByRole("button", { name: "Ajouter l'employeur" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Assurances ${id}` })).toBeVisible();

  const bodies = card(page, "Instances (CSE)");
  await bodies.getByLabel("Type d'instance").selectOption("cse_central");
  await bodies.getByRole("textbox", { name: /^Nom/ }).fill("CSE central");
  await page.getByRole("button", { name: "Ajouter l'instance" }).click();
  await page.getByRole("button", { name: "Renommer CSE central" }).click();
  await page.getByLabel("Nouveau nom de CSE central").fill("CSE central UES");
  await page.getByRole("button", { name: "Enregistrer", exact: true }).click();
  await expect(page.getByText("CSE central UES")).toBeVisible();

  const accord = card(page, "Accord de méthode");
  await accord.getByLabel("Nom de l'accord").fill("Accord de méthode 2025");
  const simple = accord.getByRole("group", { name: "Consultation sans expertise" });
  await simple.getByLabel("Durée").fill("14");
  await simple.getByLabel("Unité").selectOption("days");
  await accord.getByRole("button", { name: "Enregistrer l'accord" }).click();
  await expect(accord.getByText("Un accord ne peut pas fixer un délai inférieur à 15 jours (L2312-16).")).toBeVisible();
  await simple.getByLabel("Durée").fill("20");
  await accord.getByRole("button", { name: "Enregistrer l'accord" }).click();
  await expect(accord.getByText("Accord enregistré", { exact: false })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("button", { name: "Supprimer CSE central UES" }).click();
  await expect(page.getByText("CSE central UES")).toHaveCount(0);
  await accord.getByRole("button", { name: "Supprimer l'accord (revenir aux délais légaux)" }).click();
  await expect(accord.getByText("Accord supprimé : les délais légaux s'appliquent de nouveau.")).toBeVisible();
});
