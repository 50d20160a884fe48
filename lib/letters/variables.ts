/**
 * What a letter template may say: the typed context built from a case (lib/letters/context.ts), and
 * the catalogue of its variable names, derived from a complete sample so that the type, the sample and
 * what the template check accepts can never drift apart. Pure (the admin editor uses it client-side).
 *
 * Every value is text already written in French (dates in words, enum values as labels); a value the
 * case does not record is "" so that a template can test it with a section: {{#case.goLiveOn}}…{{/case.goLiveOn}}.
 */
export type TLetterDocument = { label: string; detail: string };
export type TLetterFlag = { ruleId: string; articles: string; explanation: string; isConfirmed: boolean };

export type TLetterContext = {
  /** Day the letter is written, in words. */
  today: string;
  employer: { legalName: string; groupName: string };
  tool: { name: string; vendor: string; productName: string; underlyingModel: string; functions: string; hosting: string };
  case: {
    localName: string;
    description: string;
    phase: string;
    services: string;
    jobFamilies: string;
    headcountAffected: string;
    firstKnownOn: string;
    announcedOn: string;
    pilotStartOn: string;
    goLiveOn: string;
    monitors: string;
    concerns: string;
  };
  /** The consulted CSE body, else the employer's first, else the generic name. */
  cse: { name: string };
  consultation: {
    d0: string;
    infoGivenOn: string;
    bdeseNoticeOn: string;
    deadline: string;
    courtReferralLastDay: string;
    legalBases: string;
    expertFirm: string;
    deliberationOn: string;
    designationOn: string;
    avis: string;
    avisOn: string;
  };
  /** The checklist documents not received yet (L2312-15), in checklist order. */
  missingDocuments: TLetterDocument[];
  receivedDocuments: TLetterDocument[];
  hasMissingDocuments: boolean;
  /** The compliance flags the case raises today (lib/compliance), each with its articles. */
  flags: TLetterFlag[];
  hasFlags: boolean;
  /** Flag F8 is raised: the tool infers workers' emotions (AI Act Art. 5(1)(f)). */
  hasProhibitedPractice: boolean;
  /** The rep writing the letter. */
  rep: { name: string };
};

/** A complete context with every value filled: the admin preview and the tests render templates with it. */
export const SAMPLE_LETTER_CONTEXT: TLetterContext = {
  today: "23 novembre 2026",
  employer: { legalName: "Banque Exemple SA", groupName: "Groupe Exemple" },
  tool: {
    name: "VocaLys Speech Insight",
    vendor: "VocaLys",
    productName: "Speech Insight",
    underlyingModel: "modèle propriétaire de reconnaissance vocale",
    functions: "Transcription des appels, notation des appels et analyse de la voix",
    hosting: "hors Union européenne",
  },
  case: {
    localName: "Analyse vocale des appels du centre de relation client",
    description: "Transcription et notation automatique de tous les appels clients.",
    phase: "Pilote / expérimentation",
    services: "Centre de relation client de Nantes",
    jobFamilies: "Conseillers clientèle",
    headcountAffected: "240",
    firstKnownOn: "1er septembre 2026",
    announcedOn: "15 septembre 2026",
    pilotStartOn: "1er octobre 2026",
    goLiveOn: "15 janvier 2027",
    monitors: "appels, respect des scripts et voix",
    concerns: "surveillance et intensification du travail",
  },
  cse: { name: "CSE central de Banque Exemple SA" },
  consultation: {
    d0: "4 septembre 2026",
    infoGivenOn: "4 septembre 2026",
    bdeseNoticeOn: "10 septembre 2026",
    deadline: "4 novembre 2026",
    courtReferralLastDay: "3 novembre 2026",
    legalBases: "L2312-8 — nouvelle technologie et L2312-38 al. 3 — contrôle de l'activité",
    expertFirm: "Cabinet d'expertise exemple",
    deliberationOn: "10 septembre 2026",
    designationOn: "11 septembre 2026",
    avis: "Défavorable",
    avisOn: "30 octobre 2026",
  },
  missingDocuments: [
    { label: "Flux de données", detail: "la description des flux de données" },
    { label: "Analyse d'impact (AIPD)", detail: "l'analyse d'impact relative à la protection des données (article 35 du RGPD)" },
  ],
  receivedDocuments: [{ label: "Note de présentation du projet", detail: "la note de présentation du projet" }],
  hasMissingDocuments: true,
  flags: [
    {
      ruleId: "F8",
      articles: "AI Act art. 5(1)(f), AI Act art. 99(3)",
      explanation: "L'outil déduit les émotions des salariés sur le lieu de travail : c'est une pratique d'IA interdite.",
      isConfirmed: false,
    },
  ],
  hasFlags: true,
  hasProhibitedPractice: true,
  rep: { name: "Camille Exemple" },
};

export type TVariableCatalogue = {
  /** Dotted paths of text values ("employer.legalName"). */
  scalars: readonly string[];
  /** Values that are true or false, usable only as sections. */
  booleans: readonly string[];
  /** Lists, usable as sections, and the fields of their items. */
  lists: Readonly<Record<string, { scalars: readonly string[]; booleans: readonly string[] }>>;
};

function collect(value: Record<string, unknown>, prefix: string, into: { scalars: string[]; booleans: string[] }, lists?: Record<string, { scalars: string[]; booleans: string[] }>) {
  for (const [key, child] of Object.entries(value)) {
    const path = `${prefix}${key}`;
    if (typeof child === "string") into.scalars.push(path);
    else if (typeof child === "boolean") into.booleans.push(path);
    else if (Array.isArray(child)) {
      if (!lists) throw new Error(`letter context: nested list at ${path}`);
      const item = { scalars: [] as string[], booleans: [] as string[] };
      collect(child[0] as Record<string, unknown>, "", item);
      lists[path] = item;
    } else collect(child as Record<string, unknown>, `${path}.`, into, lists);
  }
}

/** The variable names of a context (every list of the sample has one item to read its fields from). */
export function variablesOf(context: TLetterContext): TVariableCatalogue {
  const top = { scalars: [] as string[], booleans: [] as string[] };
  const lists: Record<string, { scalars: string[]; booleans: string[] }> = {};
  collect(context, "", top, lists);
  return { scalars: top.scalars, booleans: top.booleans, lists };
}

export const LETTER_VARIABLES: TVariableCatalogue = variablesOf(SAMPLE_LETTER_CONTEXT);
