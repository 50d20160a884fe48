import { describe, expect, it } from "vitest";

import { pdfPages, pdfText } from "@/tests/setup/pdf-text";

import { composeLetterText } from "./compose";
import { defaultFrame } from "./frame-defaults";
import { renderLetterPdf } from "./pdf";
import { renderLetterTemplate } from "./render";
import { DEFAULT_LETTER_TEMPLATES } from "./templates";
import { SAMPLE_LETTER_CONTEXT } from "./variables";

const META = { title: "Objet", author: "CSE", subject: "L2312-15" };

function sampleLetter(kind: keyof typeof DEFAULT_LETTER_TEMPLATES = "precise_information") {
  const template = DEFAULT_LETTER_TEMPLATES[kind];
  return composeLetterText({
    ...defaultFrame(kind, SAMPLE_LETTER_CONTEXT),
    place: "Nantes",
    date: "2026-11-23",
    title: renderLetterTemplate(template.title, SAMPLE_LETTER_CONTEXT),
    body: renderLetterTemplate(template.body, SAMPLE_LETTER_CONTEXT),
  });
}

describe("renderLetterPdf", () => {
  it("prints an A4 letter whose text reads back with its French characters", async () => {
    const pdf = await renderLetterPdf(sampleLetter(), META);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const text = await pdfText(pdf);
    for (const expected of [
      "CSE central de Banque Exemple SA",
      "À l'attention de Madame ou Monsieur le Président du comité social et économique",
      "Nantes, le 23 novembre 2026",
      "Objet : Demande d'informations précises et écrites sur le projet « Analyse vocale des appels du centre de relation client »",
      "article L2312-15",
      "la description des flux de données ;",
      "l'analyse d'impact relative à la protection des données (article 35 du RGPD) ;",
      "au moins six mois",
      "Camille Exemple",
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).toMatch(/Page 1 \/ \d/);
  });

  it("keeps œ, €, « », ’ and accents, and numbers every page of a long letter", async () => {
    const long = composeLetterText({
      sender: "Section syndicale",
      recipient: "Direction",
      place: "",
      date: "2027-03-01",
      title: "Cœur de l’œuvre à 1 000 €",
      body: Array.from({ length: 60 }, (_, index) => `– Point n° ${index + 1} : « élément » à vérifier ;`).join("\n"),
      signature: "Élise Ça",
    });
    const pages = await pdfPages(await renderLetterPdf(long, META));
    expect(pages.length).toBeGreaterThanOrEqual(2);
    const text = pages.join(" ").replace(/\s+/g, " ");
    expect(text).toContain("Le 1er mars 2027");
    expect(text).toContain("Objet : Cœur de l’œuvre à 1 000 €");
    expect(text).toContain("Point n° 60 : « élément » à vérifier ;");
    expect(text).toContain("Élise Ça");
    expect(pages.at(-1)).toContain(`Page ${pages.length} / ${pages.length}`);
  });

  it("prints a text that lost its letter shape as plain paragraphs", async () => {
    const text = await pdfText(await renderLetterPdf("Un texte libre.\n\nSecond paragraphe, sans objet.", META));
    expect(text).toContain("Un texte libre.");
    expect(text).toContain("Second paragraphe, sans objet.");
  });
});
