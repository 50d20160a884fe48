import { describe, expect, it } from "vitest";

import { composeLetterText } from "./compose";
import { defaultFrame } from "./frame-defaults";
import { LETTER_KIND_INFO, LETTER_KINDS } from "./kinds";
import { checkLetterTemplate, renderLetterTemplate, tidyLetterText } from "./render";
import { DEFAULT_LETTER_TEMPLATES } from "./templates";
import { LETTER_VARIABLES, SAMPLE_LETTER_CONTEXT, type TLetterContext } from "./variables";

/** A context with nothing optional known: every "" value, no list item. */
const BARE: TLetterContext = {
  ...SAMPLE_LETTER_CONTEXT,
  employer: { legalName: "Assurances Nues", groupName: "" },
  tool: { name: "Acme Bot", vendor: "Acme", productName: "Bot", underlyingModel: "", functions: "", hosting: "" },
  case: Object.fromEntries(Object.keys(SAMPLE_LETTER_CONTEXT.case).map((key) => [key, key === "localName" ? "Projet nu" : ""])) as TLetterContext["case"],
  consultation: Object.fromEntries(Object.keys(SAMPLE_LETTER_CONTEXT.consultation).map((key) => [key, ""])) as TLetterContext["consultation"],
  missingDocuments: [],
  receivedDocuments: [],
  hasMissingDocuments: false,
  flags: [],
  hasFlags: false,
};

/** Every variable of the catalogue in one template: scalars as values, booleans and lists as sections. */
function templateUsingEveryVariable(): string {
  const { scalars, booleans, lists } = LETTER_VARIABLES;
  return [
    ...scalars.map((name) => `${name}=[{{${name}}}]`),
    ...booleans.map((name) => `{{#${name}}}${name} vrai{{/${name}}}{{^${name}}}${name} faux{{/${name}}}`),
    ...Object.entries(lists).map(
      ([list, item]) =>
        `{{#${list}}}\n${[...item.scalars.map((field) => `${list}.${field}=[{{${field}}}]`), ...item.booleans.map((field) => `{{#${field}}}${field} oui{{/${field}}}{{^${field}}}${field} non{{/${field}}}`)].join(" ")}\n{{/${list}}}`,
    ),
  ].join("\n");
}

const valueAt = (context: TLetterContext, path: string) => path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], context);

describe("the variable catalogue", () => {
  it("lists every field of the context type, lists with their item fields", () => {
    expect(LETTER_VARIABLES.scalars).toEqual(expect.arrayContaining(["today", "employer.legalName", "tool.name", "case.goLiveOn", "consultation.courtReferralLastDay", "rep.name"]));
    expect(LETTER_VARIABLES.booleans).toEqual(["hasMissingDocuments", "hasFlags", "hasProhibitedPractice"]);
    expect(LETTER_VARIABLES.lists).toEqual({
      missingDocuments: { scalars: ["label", "detail"], booleans: [] },
      receivedDocuments: { scalars: ["label", "detail"], booleans: [] },
      flags: { scalars: ["ruleId", "articles", "explanation"], booleans: ["isConfirmed"] },
    });
  });

  it("a template using every variable is accepted and renders every value of the context", () => {
    const template = templateUsingEveryVariable();
    expect(checkLetterTemplate(template)).toBeNull();
    const text = renderLetterTemplate(template, SAMPLE_LETTER_CONTEXT);
    for (const name of LETTER_VARIABLES.scalars) expect(text).toContain(`${name}=[${valueAt(SAMPLE_LETTER_CONTEXT, name) as string}]`);
    expect(text).toContain("hasMissingDocuments vrai");
    expect(text).toContain("missingDocuments.detail=[l'analyse d'impact relative à la protection des données (article 35 du RGPD)]");
    expect(text).toContain("flags.ruleId=[F8]");
    expect(text).toContain("isConfirmed non");
    // Nothing is HTML-escaped: letters are plain text.
    expect(text).toContain("l'analyse d'impact");
    expect(text).not.toContain("&#39;");
    expect(renderLetterTemplate(template, BARE)).toContain("hasFlags faux");
  });
});

describe("the default templates", () => {
  it.each(LETTER_KINDS)("%s passes the template check and renders with no tag left", (kind) => {
    const template = DEFAULT_LETTER_TEMPLATES[kind];
    expect(checkLetterTemplate(template.title)).toBeNull();
    expect(checkLetterTemplate(template.body)).toBeNull();
    for (const context of [SAMPLE_LETTER_CONTEXT, BARE]) {
      const text = renderLetterTemplate(template.body, context);
      expect(text).not.toMatch(/\{\{|\}\}/);
      expect(text).not.toMatch(/\n{3,}/);
      expect(text).toContain(context.tool.name);
      expect(renderLetterTemplate(template.title, context)).not.toMatch(/\{\{|\n/);
    }
  });

  it.each(LETTER_KINDS)("%s, in its default frame, names the employer and cites its articles", (kind) => {
    const template = DEFAULT_LETTER_TEMPLATES[kind];
    const text = composeLetterText({
      ...defaultFrame(kind, SAMPLE_LETTER_CONTEXT),
      date: "2026-11-23",
      title: renderLetterTemplate(template.title, SAMPLE_LETTER_CONTEXT),
      body: renderLetterTemplate(template.body, SAMPLE_LETTER_CONTEXT),
    });
    expect(text).toContain("Banque Exemple SA");
    const cited = LETTER_KIND_INFO[kind].articles.map((article) => article.replace(/^(RGPD|AI Act|CPC) art\. /, "").replace(/\(.*$/, ""));
    for (const article of cited) expect(text, `${kind} cites ${article}`).toContain(article);
  });

  it("the L2312-15 letter lists each missing document and the AI questionnaire, and says when to seize the judge", () => {
    const text = renderLetterTemplate(DEFAULT_LETTER_TEMPLATES.precise_information.body, SAMPLE_LETTER_CONTEXT);
    expect(text).toContain("– la description des flux de données ;");
    expect(text).toContain("– l'analyse d'impact relative à la protection des données (article 35 du RGPD) ;");
    expect(text).not.toContain("note de présentation");
    for (const topic of ["Fournisseur et modèle", "Flux de données", "Entraînement", "au moins six mois", "Contrôle humain", "Analyse d'impact", "Classification", "Emploi et charge de travail", "Environnement"]) {
      expect(text).toContain(topic);
    }
    expect(text).toContain("le dossier mentionne : modèle propriétaire de reconnaissance vocale");
    expect(text).toContain("au plus tard le 3 novembre 2026");
    expect(text).toContain("qui expire le 4 novembre 2026");
  });

  it("the L2312-15 letter leaves out what the case does not know", () => {
    const text = renderLetterTemplate(DEFAULT_LETTER_TEMPLATES.precise_information.body, BARE);
    expect(text).not.toContain("ne disposent pas des éléments suivants");
    expect(text).not.toContain("au plus tard le");
    expect(text).not.toContain("ont fait courir");
    expect(text).not.toContain("le dossier mentionne");
  });

  it("flags are cited with their articles, a suspected one marked as to be checked", () => {
    const text = renderLetterTemplate(DEFAULT_LETTER_TEMPLATES.open_consultation.body, SAMPLE_LETTER_CONTEXT);
    expect(text).toContain("– AI Act art. 5(1)(f), AI Act art. 99(3) : L'outil déduit les émotions des salariés sur le lieu de travail : c'est une pratique d'IA interdite. (à vérifier)");
    const confirmed = renderLetterTemplate(DEFAULT_LETTER_TEMPLATES.open_consultation.body, {
      ...SAMPLE_LETTER_CONTEXT,
      flags: [{ ...SAMPLE_LETTER_CONTEXT.flags[0]!, isConfirmed: true }],
    });
    expect(confirmed).not.toContain("(à vérifier)");
    expect(renderLetterTemplate(DEFAULT_LETTER_TEMPLATES.open_consultation.body, BARE)).not.toContain("appellent dès à présent votre attention");
  });

  it("sentences follow the facts: a pilot already running, or a project in preparation", () => {
    const open = DEFAULT_LETTER_TEMPLATES.open_consultation.body;
    expect(renderLetterTemplate(open, SAMPLE_LETTER_CONTEXT)).toContain("a engagé, depuis le 1er octobre 2026, une phase pilote du projet « Analyse vocale");
    expect(renderLetterTemplate(open, BARE)).toContain("prépare le projet « Projet nu », qui introduit l'outil d'intelligence artificielle Acme Bot, fourni par Acme.");
    expect(renderLetterTemplate(DEFAULT_LETTER_TEMPLATES.expert_deliberation.body, BARE)).toContain("le cabinet [nom du cabinet d'expertise]");
  });

  it("the GDPR letter is written in the member's own name, with the one-month delay of Art. 12(3)", () => {
    const text = renderLetterTemplate(DEFAULT_LETTER_TEMPLATES.gdpr_access.body, SAMPLE_LETTER_CONTEXT);
    expect(text).toMatch(/^Madame, Monsieur le Délégué à la protection des données,/);
    expect(text).toContain("je vous demande");
    expect(text).toContain("délai d'un mois");
    expect(text).toContain("article 12(3)");
    expect(text).not.toContain("Président");
  });
});

describe("checkLetterTemplate", () => {
  it.each([
    ["{{employer.siren}} et {{tool.price}}", "letters.templates.errors.unknownVariable", { names: "employer.siren, tool.price" }],
    ["Bonjour\n{{#hasFlags}}\nrien", "letters.templates.errors.unclosedSection", { name: "hasFlags", line: 2 }],
    ["ok\n\n{{/hasFlags}}", "letters.templates.errors.unopenedSection", { name: "hasFlags", line: 3 }],
    ["{{#flags}}x{{/missingDocuments}}", "letters.templates.errors.unclosedSection", { name: "flags", line: 1 }],
    ["Objet {{employer.legalName", "letters.templates.errors.unclosedTag", { line: 1 }],
    ["{{> signature}}", "letters.templates.errors.unsupportedTag", { tag: "{{>signature}}", line: 1 }],
    ["{{=<% %>=}}", "letters.templates.errors.unsupportedTag", { tag: "{{=<% %>}}", line: 1 }],
    ["{{missingDocuments}}", "letters.templates.errors.listAsValue", { name: "missingDocuments", line: 1 }],
    ["{{label}} hors de la liste", "letters.templates.errors.unknownVariable", { names: "label" }],
    ["{{#hasFlags}}{{isConfirmed}}{{/hasFlags}}", "letters.templates.errors.unknownVariable", { names: "isConfirmed" }],
  ])("refuses %j", (template, messageKey, params) => {
    expect(checkLetterTemplate(template)).toEqual({ messageKey, params });
  });

  it.each([
    "Texte sans variable",
    "{{#missingDocuments}}- {{label}} ({{detail}}) pour {{employer.legalName}}\n{{/missingDocuments}}",
    "{{#flags}}{{#isConfirmed}}{{ruleId}}{{/isConfirmed}}{{/flags}}",
    "{{^case.goLiveOn}}date inconnue{{/case.goLiveOn}}{{! une remarque }}",
    "{{{employer.legalName}}} {{& tool.name}}",
  ])("accepts %j", (template) => {
    expect(checkLetterTemplate(template)).toBeNull();
  });
});

describe("tidyLetterText", () => {
  it("drops trailing spaces and keeps at most one blank line", () => {
    expect(tidyLetterText("  \nA  \r\n\n\n\nB\t\n\n")).toBe("A\n\nB");
  });
});
