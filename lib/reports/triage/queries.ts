import "server-only";

import type { Prisma } from "@/generated/prisma/client";
import type { TCurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/authz/permissions";
import { caseScope, caseEmployerScope, reportEmployerScope, reportScope } from "@/lib/authz/scope";
import { toCalendarDate, type TCalendarDate } from "@/lib/consultations/calendar-date";
import { prisma } from "@/lib/db";
import type { TConcern, TTriState } from "@/lib/deployments/schemas";
import type { TReportContent } from "@/lib/reports/content";
import { aad, decryptJson, decryptText } from "@/lib/reports/crypto";
import {
  canMoveReport,
  manualNextStatuses,
  OPEN_REPORT_STATUSES,
  REPORT_STATUSES,
  type TManualReportStatus,
  type TReportStatus,
} from "@/lib/reports/status";
import { assertCanTriageReports, canTriageReports } from "@/lib/reports/triage/access";
import { loadTriageReport } from "@/lib/reports/triage/load";
import { excerpt, INBOX_PAGE_SIZE, UNKNOWN_EMPLOYER, type TCasePrefill, type TInboxQuery } from "@/lib/reports/triage/schemas";
import { actingFor } from "@/lib/db-context";

export type TEmployerRef = { id: string; legalName: string };

export type TInboxRow = {
  id: string;
  status: TReportStatus;
  submittedOn: TCalendarDate;
  employer: TEmployerRef | null;
  /** The employer as the reporter typed it: what the inbox shows when the employer is unknown. */
  typedEmployerName: string | null;
  whatItDoesStart: string;
  concerns: TConcern[];
  /** The last message between reps and reporter is the reporter's: someone should answer. */
  reporterWroteLast: boolean;
};

export type TInbox = {
  rows: TInboxRow[];
  total: number;
  page: number;
  pageCount: number;
  /** Reports per status under the current employer filter (the status tabs). */
  counts: Record<TReportStatus, number>;
  /** The employers the filter offers: those whose reports the actor triages. */
  employers: TEmployerRef[];
  /** Admins: the "employer unknown" filter exists, with how many open reports wait there. */
  unknownEmployer: { openCount: number } | null;
};

function decryptContent(report: { id: string; content: Uint8Array }): TReportContent {
  return decryptJson<TReportContent>(report.content, aad.reportContent(report.id));
}

/** For each report, whether the reporter wrote the last message of the conversation (notes left out). */
async function reporterWroteLast(reportIds: string[]): Promise<Set<string>> {
  if (reportIds.length === 0) return new Set();
  const latest = await prisma.reportMessage.groupBy({
    by: ["reportId", "kind"],
    where: { reportId: { in: reportIds }, kind: { in: ["reporter", "rep"] } },
    _max: { id: true },
  });
  const last = new Map<string, { kind: string; id: bigint }>();
  for (const row of latest) {
    const id = row._max.id;
    if (id === null) continue;
    const current = last.get(row.reportId);
    if (!current || id > current.id) last.set(row.reportId, { kind: row.kind, id });
  }
  return new Set([...last].filter(([, message]) => message.kind === "reporter").map(([reportId]) => reportId));
}

/**
 * The triage inbox: the reports the actor may triage, newest first (by day, the only time kept), with
 * filters by status and employer, counts per status and pagination. Reps see the reports of their
 * employers only; admins see all and may filter the ones naming an employer unknown to the app.
 * An employer filter outside the actor's scope simply matches nothing.
 */
export const listReportInbox = actingFor(async function listReportInbox(actor: TCurrentUser, query: TInboxQuery): Promise<TInbox> {
  assertCanTriageReports(actor);
  const seesUnknown = can(actor.role, "report:triage:any");
  const employerFilter: Prisma.MemberReportWhereInput =
    query.employer === undefined ? {} : query.employer === UNKNOWN_EMPLOYER ? (seesUnknown ? { employerId: null } : { id: { in: [] } }) : { employerId: query.employer };
  const statusFilter: Prisma.MemberReportWhereInput =
    query.status === "all" ? {} : query.status === "open" ? { status: { in: [...OPEN_REPORT_STATUSES] } } : { status: query.status };
  const scoped: Prisma.MemberReportWhereInput = { AND: [reportScope(actor), employerFilter] };
  const where: Prisma.MemberReportWhereInput = { AND: [reportScope(actor), employerFilter, statusFilter] };

  const [total, grouped, employers, unknownOpen] = await Promise.all([
    prisma.memberReport.count({ where }),
    prisma.memberReport.groupBy({ by: ["status"], where: scoped, _count: { _all: true } }),
    prisma.employer.findMany({ where: reportEmployerScope(actor), select: { id: true, legalName: true }, orderBy: { legalName: "asc" } }),
    seesUnknown ? prisma.memberReport.count({ where: { employerId: null, status: { in: [...OPEN_REPORT_STATUSES] } } }) : Promise.resolve(null),
  ]);
  const pageCount = Math.max(1, Math.ceil(total / INBOX_PAGE_SIZE));
  const page = Math.min(query.page, pageCount);
  const reports = await prisma.memberReport.findMany({
    where,
    select: { id: true, status: true, submittedOn: true, content: true, concerns: true, employer: { select: { id: true, legalName: true } } },
    orderBy: [{ submittedOn: "desc" }, { id: "desc" }],
    skip: (page - 1) * INBOX_PAGE_SIZE,
    take: INBOX_PAGE_SIZE,
  });
  const waiting = await reporterWroteLast(reports.map((report) => report.id));

  const counts = Object.fromEntries(REPORT_STATUSES.map((status) => [status, 0])) as Record<TReportStatus, number>;
  for (const row of grouped) counts[row.status] = row._count._all;

  return {
    rows: reports.map((report) => {
      const content = decryptContent(report);
      return {
        id: report.id,
        status: report.status,
        submittedOn: toCalendarDate(report.submittedOn),
        employer: report.employer,
        typedEmployerName: content.employerName ?? null,
        whatItDoesStart: excerpt(content.whatItDoes),
        concerns: report.concerns,
        reporterWroteLast: waiting.has(report.id),
      };
    }),
    total,
    page,
    pageCount,
    counts,
    employers,
    unknownEmployer: unknownOpen === null ? null : { openCount: unknownOpen },
  };
});

export type TReportMessageRow = {
  id: string;
  from: "reporter" | "rep";
  body: string;
  sentOn: TCalendarDate;
  /** The rep who wrote (shown to reps only; the reporter never sees it). Null for the reporter. */
  authorName: string | null;
};

export type TInternalNoteRow = { id: string; body: string; sentOn: TCalendarDate; authorName: string | null };

export type TReportRef = { id: string; submittedOn: TCalendarDate; status: TReportStatus };

export type TTriageReport = {
  id: string;
  status: TReportStatus;
  submittedOn: TCalendarDate;
  lastActivityOn: TCalendarDate;
  closedOn: TCalendarDate | null;
  employer: TEmployerRef | null;
  content: TReportContent;
  staffInformed: TTriState;
  concerns: TConcern[];
  /** Reporter ↔ reps, oldest first. */
  conversation: TReportMessageRow[];
  /** Between reps only, oldest first: never shown to the reporter. */
  notes: TInternalNoteRow[];
  linkedCase: { id: string; localName: string; canOpen: boolean } | null;
  duplicateOf: TReportRef | null;
  duplicates: TReportRef[];
  reporterWroteLast: boolean;
  /** What the actor may do from here. */
  nextStatuses: TManualReportStatus[];
  canLink: boolean;
  canMarkDuplicate: boolean;
  canCreateCase: boolean;
  canAssignEmployer: boolean;
  /** Whether a reply may also move the report to `needs_info` (not when it is already there). */
  canAskForInformation: boolean;
};

const refOf = (report: { id: string; submittedOn: Date; status: TReportStatus }): TReportRef => ({
  id: report.id,
  submittedOn: toCalendarDate(report.submittedOn),
  status: report.status,
});

/**
 * One report for its triage page: the decrypted content, the conversation with the reporter, the
 * internal notes with their authors, the linked case and the duplicates. A report the actor may not
 * triage answers `not_found`, exactly like a missing one.
 */
export const getReportForTriage = actingFor(async function getReportForTriage(actor: TCurrentUser, reportId: string): Promise<TTriageReport> {
  const { id } = await loadTriageReport(actor, reportId);
  const scope = reportScope(actor);
  const report = await prisma.memberReport.findUniqueOrThrow({
    where: { id },
    select: {
      id: true,
      status: true,
      submittedOn: true,
      lastActivityOn: true,
      closedOn: true,
      content: true,
      staffInformed: true,
      concerns: true,
      employer: { select: { id: true, legalName: true } },
      messages: { select: { id: true, kind: true, body: true, sentOn: true, author: { select: { name: true } } }, orderBy: { id: "asc" } },
      deployment: { select: { id: true, localName: true } },
      duplicateOf: { select: { id: true, submittedOn: true, status: true, employerId: true } },
      duplicates: { where: scope, select: { id: true, submittedOn: true, status: true }, orderBy: [{ submittedOn: "asc" }, { id: "asc" }] },
    },
  });
  const [caseReadable, caseEmployerWritable] = await Promise.all([
    report.deployment ? prisma.deployment.count({ where: { AND: [{ id: report.deployment.id }, caseScope(actor, "read")] } }) : Promise.resolve(0),
    report.employer ? prisma.employer.count({ where: { AND: [{ id: report.employer.id }, caseEmployerScope(actor)] } }) : Promise.resolve(0),
  ]);

  const conversation: TReportMessageRow[] = [];
  const notes: TInternalNoteRow[] = [];
  for (const message of report.messages) {
    const row = { id: message.id.toString(), body: decryptText(message.body, aad.messageBody(report.id, message.id)), sentOn: toCalendarDate(message.sentOn), authorName: message.author?.name ?? null };
    if (message.kind === "internal") notes.push(row);
    else conversation.push({ ...row, from: message.kind, authorName: message.kind === "rep" ? row.authorName : null });
  }
  const linkable = report.employer !== null && canMoveReport(report.status, "linked");

  return {
    id: report.id,
    status: report.status,
    submittedOn: toCalendarDate(report.submittedOn),
    lastActivityOn: toCalendarDate(report.lastActivityOn),
    closedOn: toCalendarDate(report.closedOn),
    employer: report.employer,
    content: decryptContent(report),
    staffInformed: report.staffInformed,
    concerns: report.concerns,
    conversation,
    notes,
    linkedCase: report.deployment ? { ...report.deployment, canOpen: caseReadable > 0 } : null,
    // Same employer by construction (markDuplicate); checked again so that nothing foreign is ever shown.
    duplicateOf: report.duplicateOf && report.duplicateOf.employerId === report.employer?.id ? refOf(report.duplicateOf) : null,
    duplicates: report.duplicates.map(refOf),
    reporterWroteLast: conversation.at(-1)?.from === "reporter",
    nextStatuses: manualNextStatuses(report.status),
    canLink: linkable,
    canMarkDuplicate: report.employer !== null && canMoveReport(report.status, "duplicate"),
    canCreateCase: linkable && caseEmployerWritable > 0,
    canAssignEmployer: report.employer === null && can(actor.role, "report:assign-employer"),
    canAskForInformation: canMoveReport(report.status, "needs_info"),
  };
});

export type TTriageOptions = {
  /** Cases of the report's employer the actor may change (the link picker). */
  cases: { id: string; localName: string; toolName: string }[];
  /** Other reports of the same employer that may be the original of a duplicate. */
  originals: (TReportRef & { whatItDoesStart: string })[];
  /** Admins, for a report without an employer: every employer. */
  employers: TEmployerRef[];
};

const ORIGINALS_MAX = 100;

/** What the triage page's pickers offer for this report (empty lists where the action is not possible). */
export const getTriageOptions = actingFor(async function getTriageOptions(actor: TCurrentUser, report: TTriageReport): Promise<TTriageOptions> {
  assertCanTriageReports(actor);
  const employerId = report.employer?.id;
  // Cases and originals of the report copy's own union only (issue 15).
  const { unionId } = await prisma.memberReport.findUniqueOrThrow({ where: { id: report.id }, select: { unionId: true } });
  const [cases, originals, employers] = await Promise.all([
    employerId && report.canLink
      ? prisma.deployment.findMany({
          where: { AND: [{ employerId, unionId }, caseScope(actor, "write")] },
          select: { id: true, localName: true, tool: { select: { vendor: true, productName: true } } },
          orderBy: [{ updatedAt: "desc" }],
          take: 200,
        })
      : Promise.resolve([]),
    employerId && report.canMarkDuplicate
      ? prisma.memberReport.findMany({
          where: { AND: [{ employerId, unionId, id: { not: report.id }, status: { not: "duplicate" }, duplicateOfId: null }, reportScope(actor)] },
          select: { id: true, submittedOn: true, status: true, content: true },
          orderBy: [{ submittedOn: "desc" }, { id: "desc" }],
          take: ORIGINALS_MAX,
        })
      : Promise.resolve([]),
    report.canAssignEmployer ? prisma.employer.findMany({ select: { id: true, legalName: true }, orderBy: { legalName: "asc" } }) : Promise.resolve([]),
  ]);
  return {
    cases: cases.map((found) => ({ id: found.id, localName: found.localName, toolName: `${found.tool.vendor} — ${found.tool.productName}` })),
    originals: originals.map((original) => ({ ...refOf(original), whatItDoesStart: excerpt(decryptContent(original).whatItDoes, 80) })),
    employers,
  };
});

/**
 * What /cases/new?fromReport=<id> prefills from a report: its employer, its "what it does" as the
 * description, its concerns, its day as the day the section learned of the tool, the tool's name as
 * the project's name. A report the actor may not triage is `not_found`; one that cannot become a case
 * (unknown employer, already linked or closed, employer outside the actor's case scope) says why.
 */
export const getCasePrefillFromReport = actingFor(async function getCasePrefillFromReport(actor: TCurrentUser, reportId: string): Promise<TCasePrefill> {
  const report = await getReportForTriage(actor, reportId);
  if (!report.employer) return { ok: false, messageKey: "reports.fromReport.employerUnknown" };
  if (!canMoveReport(report.status, "linked")) return { ok: false, messageKey: "reports.fromReport.notLinkable" };
  if (!report.canCreateCase) return { ok: false, messageKey: "reports.fromReport.noCaseRights" };
  return {
    ok: true,
    reportId: report.id,
    submittedOn: report.submittedOn,
    employer: report.employer,
    description: report.content.whatItDoes,
    concerns: report.concerns,
    localName: report.content.toolName ?? "",
  };
});

/** How many reports are linked to a case, among those the actor may triage (the case page shows it). */
export const countLinkedReports = actingFor(async function countLinkedReports(actor: TCurrentUser, caseId: string): Promise<number> {
  if (!canTriageReports(actor.role)) return 0;
  return prisma.memberReport.count({ where: { AND: [{ deploymentId: caseId }, reportScope(actor)] } });
});

/** Which of these reports the actor may open (the case timeline links only those). */
export const listTriageableReportIds = actingFor(async function listTriageableReportIds(actor: TCurrentUser, reportIds: string[]): Promise<Set<string>> {
  if (reportIds.length === 0 || !canTriageReports(actor.role)) return new Set();
  const found = await prisma.memberReport.findMany({ where: { AND: [{ id: { in: reportIds } }, reportScope(actor)] }, select: { id: true } });
  return new Set(found.map((report) => report.id));
});
