/**
 * A demo collective agreement on AI (the agreements library, ADR 0025), so that /agreements, the
 * employer page and flag F18 show something on a fresh start. Its wording is written for the demo, in
 * the style of the AI agreements French banks signed in 2024-2025; it quotes no real agreement.
 */
import type { Prisma } from "@/generated/prisma/client";
import { fromCalendarDate } from "@/lib/consultations/calendar-date";

type TTx = Prisma.TransactionClient;

const DEMO_AGREEMENT = {
  employer: "Banque Horizon Populaire",
  union: "cgt",
  title: "Accord sur l'intelligence artificielle et l'évolution des métiers 2025-2028",
  kind: "ai_agreement",
  signedOn: "2025-10-14",
  outcome:
    "Consultation du CSE avant tout pilote, commission de suivi paritaire de l'IA, interdiction de la notation individuelle " +
    "et de l'analyse des émotions par l'IA, 7 heures de formation sur le temps de travail, aucun licenciement lié à l'IA " +
    "pendant la durée de l'accord.",
  clauses: [
    {
      kind: "no_ai_dismissal",
      text:
        "Article 4 — Pendant la durée du présent accord, aucun licenciement pour motif économique ne peut être fondé sur le " +
        "déploiement d'un système d'intelligence artificielle. Les salariés dont le métier évolue du fait de ces outils " +
        "bénéficient en priorité d'un accompagnement individuel : formation, mobilité interne, maintien de la rémunération.",
    },
    {
      kind: "consultation",
      text:
        "Article 2 — Tout projet de déploiement d'un système d'intelligence artificielle susceptible d'affecter les " +
        "conditions de travail, l'emploi ou la formation est soumis à l'information-consultation du CSE avant toute phase " +
        "pilote. La commission de suivi de l'IA reçoit la liste des cas d'usage, leur finalité, les données traitées et le " +
        "nombre de salariés concernés.",
    },
    {
      kind: "monitoring_limits",
      text:
        "Article 3 — Les outils d'intelligence artificielle ne peuvent servir à évaluer, noter ou classer individuellement " +
        "les salariés, ni à analyser leurs émotions ou leur voix. Les données d'usage ne sont exploitées que de façon " +
        "agrégée, sur des groupes d'au moins dix salariés.",
    },
    {
      kind: "training",
      text:
        "Article 5 — Chaque salarié appelé à utiliser un outil d'intelligence artificielle reçoit, avant sa mise à " +
        "disposition et sur son temps de travail, une formation d'au moins 7 heures sur son fonctionnement, ses limites et " +
        "la vérification de ses résultats.",
    },
  ],
} as const;

/** Seeded once, like the cases: a reseed keeps whatever the demo users did with the library. */
export async function seedDemoAgreements(
  tx: TTx,
  employerIds: ReadonlyMap<string, string>,
  repIds: ReadonlyMap<string, string>,
  unionIds: ReadonlyMap<string, string>,
): Promise<void> {
  if ((await tx.agreement.count()) > 0) return;
  const demo = DEMO_AGREEMENT;
  const unionId = unionIds.get(demo.union);
  const employerId = employerIds.get(demo.employer);
  if (!unionId || !employerId) throw new Error(`Demo agreement: unknown union "${demo.union}" or employer "${demo.employer}"`);
  await tx.agreement.create({
    data: {
      unionId,
      employerId,
      title: demo.title,
      kind: demo.kind,
      signedOn: fromCalendarDate(demo.signedOn),
      outcome: demo.outcome,
      // Shared: every union's reps read it in the library as "what we obtained".
      isShared: true,
      createdById: repIds.get(`${demo.union}|${demo.employer}`) ?? null,
      clauses: { create: demo.clauses.map((clause) => ({ kind: clause.kind, text: clause.text })) },
    },
  });
}
