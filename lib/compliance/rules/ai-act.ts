/** EU AI Act deployer rules (Regulation (EU) 2024/1689; DOMAIN.md A.2; A.5 rows 12–18). */
import { declaredUse, dueByOf, findStart, notDoneBy, startCheck, type TRuleContext } from "../case-state";
import { all, any, no, tri, unknown, yes, type TCheck } from "../checks";
import type { TRule } from "./types";

/**
 * F8: inferring workers' emotions from biometric signals at work is prohibited (Art. 5(1)(f)), e.g. a
 * call centre scoring agents' voice (Commission guidelines, Feb 2025). The medical/safety exception is
 * not modelled: the rep records "no" when it applies.
 */
const workerEmotionRecognition: TRule = {
  id: "F8",
  severity: "critical",
  articles: ["AI Act art. 5(1)(f)", "AI Act art. 99(3)"],
  caseLaw: [],
  explanation:
    "L'outil déduit les émotions des salariés (voix, visage, frappe) sur le lieu de travail : c'est une pratique d'IA interdite.",
  nextStep:
    "Exiger l'arrêt immédiat de la fonction d'analyse des émotions des salariés ; à défaut, saisir l'autorité de surveillance du marché (art. 85).",
  check: (ctx) =>
    all(
      startCheck(findStart(ctx), ctx.facts),
      declaredUse("deployment.emotionInference.workers", ctx.facts.deployment.emotionInference.workers, ctx.facts, ["voice_emotion_analysis"]),
    ),
};

/** Catalogue functions that are Annex III 4 uses: recruitment, task allocation, performance monitoring. */
const EMPLOYMENT_SIGNALS = ["recruitment", "performance_evaluation", "task_allocation", "call_scoring"];

/** The deployer's use is an Annex III high-risk one that binds deployers: 4 (employment), 5(b), 5(c). */
function highRiskUse(ctx: TRuleContext): TCheck {
  const { deployment } = ctx.facts;
  return any(
    declaredUse("deployment.annexIII.employment", deployment.annexIII.employment, ctx.facts, EMPLOYMENT_SIGNALS),
    declaredUse("deployment.annexIII.creditScoring", deployment.annexIII.creditScoring, ctx.facts, ["credit_scoring"]),
    declaredUse("deployment.annexIII.lifeHealthPricing", deployment.annexIII.lifeHealthPricing, ctx.facts, ["insurance_pricing"]),
  );
}

const TRANSITION_TEXT =
  " Pour un outil déjà utilisé avant la date d'application, l'obligation ne joue qu'à partir d'une modification importante de sa conception (art. 111(2)).";

/**
 * F9: before using a high-risk system at the workplace, the employer informs workers' representatives
 * and the workers affected (Art. 26(7)). A tool in use before the date of application is covered only
 * from a significant change (Art. 111(2), the calendar's transition): the information is then due by it.
 */
const highRiskWithoutRepsInfo: TRule = {
  id: "F9",
  severity: "high",
  articles: ["AI Act art. 26(7)", "AI Act annexe III, 4", "AI Act art. 111(2)"],
  caseLaw: [],
  explanation:
    "Système d'IA à haut risque (emploi, gestion des salariés) utilisé sans information préalable des représentants du personnel et des salariés concernés." +
    TRANSITION_TEXT,
  nextStep:
    "Demander l'information écrite prévue par l'article 26(7) du règlement IA, aux représentants et à chaque salarié concerné, en plus de la consultation du CSE.",
  check: (ctx) => {
    const { deployment, aiAct } = ctx.facts;
    const { check: covered, dueBy } = dueByOf(ctx, findStart(ctx));
    return all(
      covered,
      declaredUse("deployment.annexIII.employment", deployment.annexIII.employment, ctx.facts, EMPLOYMENT_SIGNALS),
      any(notDoneBy("aiAct.infoToRepsDate", aiAct.infoToRepsDate, dueBy), notDoneBy("aiAct.infoToWorkersDate", aiAct.infoToWorkersDate, dueBy)),
    );
  },
};

/** Art. 26(6): logs kept at least six months. */
const MIN_LOG_MONTHS = 6;

/** F10: deployers keep the logs a high-risk system generates automatically for at least six months (Art. 26(6)). */
const shortLogRetention: TRule = {
  id: "F10",
  severity: "medium",
  articles: ["AI Act art. 26(6)", "AI Act annexe III", "AI Act art. 111(2)"],
  caseLaw: [],
  explanation:
    "Les journaux générés automatiquement par ce système à haut risque sont conservés moins de six mois : les décisions prises avec l'outil ne pourront pas être retracées." +
    TRANSITION_TEXT,
  nextStep: "Demander la durée de conservation des journaux et son allongement à six mois au moins, ainsi que l'accès des élus à ces journaux en cas de litige.",
  check: (ctx) => {
    const months = ctx.facts.aiAct.logRetentionMonths;
    const path = "aiAct.logRetentionMonths";
    const short = months === null || months === undefined ? unknown([path]) : months < MIN_LOG_MONTHS ? yes({ path, value: months }) : no;
    return all(dueByOf(ctx, findStart(ctx)).check, highRiskUse(ctx), short);
  },
};

/** F11: deployers of credit scoring (5(b)) or life/health insurance pricing (5(c)) do a FRIA before first use (Art. 27). */
const highRiskWithoutFria: TRule = {
  id: "F11",
  severity: "high",
  articles: ["AI Act art. 27", "AI Act annexe III, 5(b) et 5(c)", "AI Act art. 111(2)"],
  caseLaw: [],
  explanation:
    "Notation de crédit ou tarification d'assurance vie/santé par IA sans analyse d'impact sur les droits fondamentaux (FRIA) avant la première utilisation." +
    TRANSITION_TEXT,
  nextStep: "Demander la FRIA (art. 27) et sa notification à l'autorité de surveillance du marché.",
  check: (ctx) => {
    const { deployment, aiAct } = ctx.facts;
    const { check: covered, dueBy } = dueByOf(ctx, findStart(ctx));
    return all(
      covered,
      any(
        declaredUse("deployment.annexIII.creditScoring", deployment.annexIII.creditScoring, ctx.facts, ["credit_scoring"]),
        declaredUse("deployment.annexIII.lifeHealthPricing", deployment.annexIII.lifeHealthPricing, ctx.facts, ["insurance_pricing"]),
      ),
      notDoneBy("aiAct.friaDate", aiAct.friaDate, dueBy),
    );
  },
};

/** F12: deployers take measures for their staff's AI literacy (Art. 4; an effort duty after the Omnibus). */
const noAiLiteracy: TRule = {
  id: "F12",
  severity: "low",
  articles: ["AI Act art. 4"],
  caseLaw: [],
  explanation: "Aucune formation à l'IA n'est proposée aux salariés qui utilisent l'outil.",
  nextStep: "Demander le plan de formation à l'IA (population couverte, durée) et son inscription dans la consultation.",
  check: (ctx) => all(startCheck(findStart(ctx), ctx.facts), tri("consultation.aiTrainingOffered", ctx.facts.consultation.aiTrainingOffered, "no")),
};

/**
 * F13: people talking to an AI must know it (Art. 50(1)), and people exposed to emotion recognition
 * must be told (Art. 50(3)). 50(1) binds the provider; the flag asks the employer to make it so.
 */
const noTransparencyToCustomers: TRule = {
  id: "F13",
  severity: "medium",
  articles: ["AI Act art. 50(1)", "AI Act art. 50(3)"],
  caseLaw: [],
  explanation: "Les clients ne sont pas informés qu'ils échangent avec une IA ou que leurs émotions sont analysées.",
  nextStep: "Demander l'affichage ou l'annonce vocale indiquant aux clients qu'il s'agit d'une IA.",
  check: (ctx) => {
    const { deployment, aiAct } = ctx.facts;
    return all(
      startCheck(findStart(ctx), ctx.facts),
      any(
        all(declaredUse("deployment.customerChatbot", deployment.customerChatbot, ctx.facts, ["customer_chatbot"]), tri("aiAct.customerAiDisclosure", aiAct.customerAiDisclosure, "no")),
        all(declaredUse("deployment.emotionInference.customers", deployment.emotionInference.customers, ctx.facts, []), tri("aiAct.emotionDisclosure", aiAct.emotionDisclosure, "no")),
      ),
    );
  },
};

export const AI_ACT_RULES = [workerEmotionRecognition, highRiskWithoutRepsInfo, shortLogRetention, highRiskWithoutFria, noAiLiteracy, noTransparencyToCustomers];
