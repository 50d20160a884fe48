import "server-only";

import type { TCurrentUser } from "@/lib/auth/session";
import { assertCan } from "@/lib/authz/guard";
import { caseScope } from "@/lib/authz/scope";
import { todayInParis, toCalendarDate, type TCalendarDate } from "@/lib/consultations/calendar-date";
import type { TDeadlineStatus } from "@/lib/consultations/deadlines";
import { ZCaseId } from "@/lib/consultations/schemas";
import { prisma } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";

import { letterOptions, type TLetterOption, type TUnavailableReason } from "./availability";
import { oneLine } from "./compose";
import { buildLetterContext } from "./context";
import { contentDisposition, letterFileName } from "./file-name";
import { defaultFrame, type TFrameDefaults } from "./frame-defaults";
import { contextForKind, defaultReplyDue, LETTER_KIND_INFO, LETTER_KINDS, type TLetterKind } from "./kinds";
import { letterPdfPath } from "./paths";
import { renderLetterPdf } from "./pdf";
import { renderLetterTemplate } from "./render";
import { replyStatus } from "./reply-status";
import { LETTER_LIMITS } from "./schemas";
import { getEffectiveTemplate } from "./templates-store";
import { DEFAULT_LETTER_TEMPLATES, type TLetterTemplate } from "./templates";
import { actingFor } from "@/lib/db-context";

export type TCaseLetterRow = {
  id: string;
  kind: TLetterKind;
  title: string;
  sentOn: TCalendarDate | null;
  replyDueOn: TCalendarDate | null;
  replyStatus: TDeadlineStatus | null;
  authorName: string | null;
  pdfPath: string;
};

export type TCaseLetters = {
  canWrite: boolean;
  letters: TCaseLetterRow[];
  /** Every kind with why it is not offered; empty when the actor may not write letters on the case. */
  options: TLetterOption[];
};

export type TLetterDraft = TFrameDefaults & {
  caseId: string;
  caseName: string;
  employerName: string;
  kind: TLetterKind;
  title: string;
  body: string;
  sentOn: TCalendarDate;
  replyDueOn: TCalendarDate;
};

export type TLetterDraftPage =
  | { state: "draft"; draft: TLetterDraft }
  | { state: "choose"; caseId: string; caseName: string; options: TLetterOption[]; requested: TLetterKind | null };

/** A case's letters, newest first, and the letters it may send (case read scope; not_found otherwise). */
export const getCaseLetters = actingFor(async function getCaseLetters(actor: TCurrentUser, caseId: string, today: TCalendarDate = todayInParis()): Promise<TCaseLetters> {
  if (!ZCaseId.safeParse(caseId).success) throw notFound();
  const found = await prisma.deployment.findFirst({
    where: { AND: [{ id: caseId }, caseScope(actor, "read")] },
    select: {
      letters: {
        select: { id: true, kind: true, title: true, sentOn: true, replyDueOn: true, createdAt: true, createdBy: { select: { name: true } } },
        orderBy: [{ sentOn: "desc" }, { createdAt: "desc" }],
      },
      events: { where: { type: "employer_reply" }, select: { occurredOn: true }, orderBy: { occurredOn: "desc" }, take: 1 },
    },
  });
  if (!found) throw notFound();
  const lastReplyOn = toCalendarDate(found.events[0]?.occurredOn ?? null);
  const canWrite = (await prisma.deployment.count({ where: { AND: [{ id: caseId }, caseScope(actor, "write")] } })) > 0;
  const letters = found.letters.map((letter): TCaseLetterRow => {
    const sentOn = toCalendarDate(letter.sentOn);
    const replyDueOn = toCalendarDate(letter.replyDueOn);
    return {
      id: letter.id,
      kind: letter.kind,
      title: letter.title,
      sentOn,
      replyDueOn,
      replyStatus: replyStatus({ sentOn: sentOn ?? letter.createdAt.toISOString().slice(0, 10), replyDueOn }, lastReplyOn, today),
      authorName: letter.createdBy?.name ?? null,
      pdfPath: letterPdfPath(caseId, letter.id),
    };
  });
  const options = canWrite ? letterOptions((await buildLetterContext(actor, caseId, { today })).state) : [];
  return { canWrite, letters, options };
});

/** Truncates a rendered object line to what a letter title may hold (the rep can still rewrite it). */
function fitTitle(title: string): string {
  const line = oneLine(title);
  return line.length <= LETTER_LIMITS.title ? line : `${line.slice(0, LETTER_LIMITS.title - 1).trimEnd()}…`;
}

/**
 * The draft page: the letter of `kind` written from the case's facts and the template in force, with
 * its default frame and dates; or, when no kind or an unavailable one is asked for, the choice with
 * the reasons. Writing letters needs the case's write scope: anyone else gets `not_found`.
 */
export const getLetterDraftPage = actingFor(async function getLetterDraftPage(actor: TCurrentUser, caseId: string, kind: string | undefined): Promise<TLetterDraftPage> {
  if (!ZCaseId.safeParse(caseId).success) throw notFound();
  const source = await buildLetterContext(actor, caseId);
  if (!source.canWrite) throw notFound();
  const options = letterOptions(source.state);
  const requested = (LETTER_KINDS as readonly string[]).includes(kind ?? "") ? (kind as TLetterKind) : null;
  const option = options.find((candidate) => candidate.kind === requested);
  if (!requested || !option || option.reason) return { state: "choose", caseId, caseName: source.caseName, options, requested };
  const template = await getEffectiveTemplate(requested);
  const context = contextForKind(requested, source.context);
  return {
    state: "draft",
    draft: {
      caseId,
      caseName: source.caseName,
      employerName: source.employerName,
      kind: requested,
      title: fitTitle(renderLetterTemplate(template.title, context)),
      body: renderLetterTemplate(template.body, context),
      ...defaultFrame(requested, context),
      sentOn: source.today,
      replyDueOn: defaultReplyDue(requested, source.today),
    },
  };
});

/** Why a kind may not be written on this case now, or null (the server's check before saving). */
export const letterUnavailableReason = actingFor(async function letterUnavailableReason(actor: TCurrentUser, caseId: string, kind: TLetterKind): Promise<TUnavailableReason | null> {
  const source = await buildLetterContext(actor, caseId);
  if (!source.canWrite) throw notFound();
  return letterOptions(source.state).find((option) => option.kind === kind)?.reason ?? null;
});

/** A saved letter as a PDF download (case read scope; a letter of another case answers not_found). */
export const getLetterPdf = actingFor(async function getLetterPdf(actor: TCurrentUser, caseId: string, letterId: string): Promise<{ pdf: Buffer; fileName: string; disposition: string }> {
  if (!ZCaseId.safeParse(caseId).success || !ZCaseId.safeParse(letterId).success) throw notFound();
  const letter = await prisma.letter.findFirst({
    where: { id: letterId, deploymentId: caseId, deployment: caseScope(actor, "read") },
    select: { kind: true, title: true, body: true, sentOn: true, createdAt: true, deployment: { select: { employer: { select: { legalName: true } } } } },
  });
  if (!letter) throw notFound();
  const date = toCalendarDate(letter.sentOn) ?? letter.createdAt.toISOString().slice(0, 10);
  const employerName = letter.deployment.employer.legalName;
  const pdf = await renderLetterPdf(letter.body, {
    title: letter.title,
    author: letter.body.split("\n", 1)[0] ?? "",
    subject: `${LETTER_KIND_INFO[letter.kind].articles.join(", ")} — ${employerName}`,
  });
  const fileName = letterFileName(letter.kind, employerName, date);
  return { pdf, fileName, disposition: contentDisposition(fileName) };
});

export type TLetterTemplateRow = { kind: TLetterKind; title: string; isCustom: boolean; updatedAt: Date | null; updatedByName: string | null };

/** Every kind's template in force, for the admin list. */
export const listLetterTemplates = actingFor(async function listLetterTemplates(actor: TCurrentUser): Promise<TLetterTemplateRow[]> {
  assertCan(actor, "letter-template:manage");
  const rows = await prisma.letterTemplate.findMany({ select: { kind: true, title: true, updatedAt: true, updatedById: true } });
  const editors = await prisma.user.findMany({
    where: { id: { in: rows.flatMap((row) => (row.updatedById ? [row.updatedById] : [])) } },
    select: { id: true, name: true },
  });
  return LETTER_KINDS.map((kind) => {
    const row = rows.find((candidate) => candidate.kind === kind);
    if (!row) return { kind, title: DEFAULT_LETTER_TEMPLATES[kind].title, isCustom: false, updatedAt: null, updatedByName: null };
    return { kind, title: row.title, isCustom: true, updatedAt: row.updatedAt, updatedByName: editors.find((user) => user.id === row.updatedById)?.name ?? null };
  });
});

export type TLetterTemplateEdit = TLetterTemplate & { kind: TLetterKind; isCustom: boolean; defaults: TLetterTemplate };

/** One kind's template for the admin editor (the stored one as saved, even if it no longer checks). */
export const getLetterTemplateForEdit = actingFor(async function getLetterTemplateForEdit(actor: TCurrentUser, kind: string): Promise<TLetterTemplateEdit> {
  assertCan(actor, "letter-template:manage");
  if (!(LETTER_KINDS as readonly string[]).includes(kind)) throw new AppError("not_found", "errors.notFound");
  const letterKind = kind as TLetterKind;
  const row = await prisma.letterTemplate.findUnique({ where: { kind: letterKind }, select: { title: true, body: true } });
  const defaults = DEFAULT_LETTER_TEMPLATES[letterKind];
  return { kind: letterKind, title: row?.title ?? defaults.title, body: row?.body ?? defaults.body, isCustom: row !== null, defaults };
});
