import "server-only";

import type { TCurrentUser } from "@/lib/auth/session";
import { caseScope } from "@/lib/authz/scope";
import { getLegalCalendar } from "@/lib/compliance/calendar-store";
import { exportCaseFacts } from "@/lib/compliance/case-facts";
import { evaluateCompliance, type TFlag } from "@/lib/compliance/evaluate";
import { parseComplianceFacts } from "@/lib/compliance/facts";
import { todayInParis, type TCalendarDate } from "@/lib/consultations/calendar-date";
import type { TConsultationDocument } from "@/lib/consultations/facts";
import { getConsultationView } from "@/lib/consultations/queries";
import { CONSULTATION_DOCUMENTS } from "@/lib/consultations/schemas";
import { prisma } from "@/lib/db";
import { getCase } from "@/lib/deployments/queries";
import { notFound } from "@/lib/errors";
import { logger } from "@/lib/logger";
import frEnums from "@/messages/fr/enums.json";

import type { TLetterCaseState } from "./availability";
import { LETTER_DOCUMENT_TEXT } from "./documents";
import { formatFrenchDate, joinFrench } from "./french";
import type { TLetterContext, TLetterDocument, TLetterFlag } from "./variables";
import { actingFor } from "@/lib/db-context";

/** A case as the letters feature sees it: the template context, what decides which letters it offers, who may write. */
export type TLetterSource = {
  caseId: string;
  caseName: string;
  employerName: string;
  toolName: string;
  /** The actor may write letters on this case (the case's write scope). */
  canWrite: boolean;
  today: TCalendarDate;
  context: TLetterContext;
  state: TLetterCaseState;
};

type TEnumGroup = keyof typeof frEnums;

/** The French label of an enum value: letters are French whatever language the rep reads the app in. */
function label(group: TEnumGroup, value: string): string {
  return (frEnums[group] as Record<string, string>)[value] ?? value;
}

/** "Appels", "Voix" → "appels et voix": labels inside a sentence. */
const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase("fr") + text.slice(1);
const inSentence = (group: TEnumGroup, values: readonly string[]) => joinFrench(values.map((value) => lowerFirst(label(group, value))));

const toDocument = (document: TConsultationDocument): TLetterDocument => LETTER_DOCUMENT_TEXT[document];

/** The flags the case raises today, from its facts and the legal calendar in force (ADR 0009). */
async function flagsOf(actor: TCurrentUser, caseId: string, today: TCalendarDate): Promise<TFlag[]> {
  const parsed = parseComplianceFacts(await exportCaseFacts(actor, caseId));
  if (!parsed.success) {
    // Facts saved through the forms always parse; if not, the letters simply cite no flag.
    logger.warn({ caseId, issues: parsed.errors.length }, "letters: case facts do not parse, no flag cited");
    return [];
  }
  return evaluateCompliance(parsed.data, { at: today, calendar: await getLegalCalendar() }).flags;
}

/**
 * Everything a letter may say about a case, in French, with the case's availability state. Reuses the
 * case, consultation and compliance reads, so the letter says what the case page shows. A case the
 * actor may not read answers `not_found`, exactly like a missing one.
 */
export const buildLetterContext = actingFor(async function buildLetterContext(actor: TCurrentUser, caseId: string, options: { today?: TCalendarDate } = {}): Promise<TLetterSource> {
  const today = options.today ?? todayInParis();
  const detail = await getCase(actor, caseId);
  const [consultation, flags, extra] = await Promise.all([
    getConsultationView(actor, caseId, today),
    flagsOf(actor, caseId, today),
    prisma.deployment.findFirst({
      where: { AND: [{ id: caseId }, caseScope(actor, "read")] },
      select: {
        employer: { select: { groupName: true } },
        tool: { select: { underlyingModel: true, functions: true, hostingRegion: true } },
      },
    }),
  ]);
  if (!extra) throw notFound();
  const { record } = consultation;
  const cseBody = consultation.cseBodies.find((body) => body.id === record.cseBodyId) ?? consultation.cseBodies[0];
  const deadline = (id: string) => consultation.deadlines.find((candidate) => candidate.id === id)?.dueDate ?? null;
  const missing = consultation.missingDocuments.map(toDocument);
  const letterFlags: TLetterFlag[] = flags.map((flag) => ({
    ruleId: flag.ruleId,
    articles: flag.articles.join(", "),
    explanation: flag.explanation.defaultText,
    isConfirmed: flag.status === "confirmed",
  }));
  const toolName = `${detail.tool.vendor} ${detail.tool.productName}`;

  const context: TLetterContext = {
    today: formatFrenchDate(today),
    employer: { legalName: detail.employer.legalName, groupName: extra.employer.groupName ?? "" },
    tool: {
      name: toolName,
      vendor: detail.tool.vendor,
      productName: detail.tool.productName,
      underlyingModel: extra.tool.underlyingModel ?? "",
      functions: inSentence("aiFunction", extra.tool.functions),
      hosting: extra.tool.hostingRegion === "unknown" ? "" : lowerFirst(label("hostingRegion", extra.tool.hostingRegion)),
    },
    case: {
      localName: detail.localName,
      description: detail.description ?? "",
      phase: label("phase", detail.phase),
      services: joinFrench(detail.servicesAffected),
      jobFamilies: joinFrench(detail.jobFamilies),
      headcountAffected: detail.headcountAffected === null ? "" : String(detail.headcountAffected),
      firstKnownOn: formatFrenchDate(detail.firstKnownOn),
      announcedOn: formatFrenchDate(detail.announcedOn),
      pilotStartOn: formatFrenchDate(detail.pilotStartOn),
      goLiveOn: formatFrenchDate(detail.goLiveOn),
      monitors: inSentence("monitor", detail.monitors),
      concerns: inSentence("concern", detail.concerns),
    },
    cse: { name: cseBody?.name ?? "Comité social et économique" },
    consultation: {
      d0: formatFrenchDate(consultation.d0?.date),
      infoGivenOn: formatFrenchDate(record.infoCommunicatedDate),
      bdeseNoticeOn: formatFrenchDate(record.bdeseNoticeDate),
      deadline: formatFrenchDate(deadline("consultation")),
      courtReferralLastDay: formatFrenchDate(deadline("court_referral")),
      legalBases: joinFrench(record.legalBases.map((basis) => label("legalBasis", basis))),
      expertFirm: record.expert.firm ?? "",
      deliberationOn: formatFrenchDate(record.expert.deliberationDate),
      designationOn: formatFrenchDate(record.expert.designationDate),
      avis: record.avis ? label("avis", record.avis) : "",
      avisOn: formatFrenchDate(record.avisDate),
    },
    missingDocuments: missing,
    receivedDocuments: CONSULTATION_DOCUMENTS.filter((document) => record.documentsReceived.includes(document)).map(toDocument),
    hasMissingDocuments: missing.length > 0,
    flags: letterFlags,
    hasFlags: letterFlags.length > 0,
    hasProhibitedPractice: flags.some((flag) => flag.ruleId === "F8"),
    rep: { name: actor.name },
  };

  return {
    caseId: detail.id,
    caseName: detail.localName,
    employerName: detail.employer.legalName,
    toolName,
    canWrite: detail.canEdit,
    today,
    context,
    state: {
      d0: consultation.d0?.date ?? null,
      avisDate: record.avisDate,
      expertFirm: record.expert.firm,
      isExpertAppointed: record.expert.isAppointed,
      duerpUpdatedDate: record.duerpUpdatedDate,
      openFlags: flags.map((flag) => flag.ruleId),
    },
  };
});
