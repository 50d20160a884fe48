/**
 * The high-volume rows of the scale seed, generated batch by batch (at --scale 10 there are a million
 * reports and three million timeline events: never all in memory). Same seeded generator as the other
 * steps, drawn in a fixed order, so a seed gives the same rows.
 *
 * Member reports: the receipt hash is random hex from the seed, not argon2id (hashing 100,000 receipts
 * would take minutes and nobody holds these receipts); the content is encrypted with the app's key
 * (lib/reports/crypto.ts encryptJson, AES-256-GCM), so that a dump looks like production's.
 */
import type { Prisma } from "@/generated/prisma/client";
import type { CaseEventType, ReportStatus } from "@/generated/prisma/enums";
import { addDays, daysBetween, fromCalendarDate } from "@/lib/consultations/calendar-date";
import { aad, encryptJson } from "@/lib/reports/crypto";

import { CONCERNS, EVENT_TITLES, REPORT_WHAT, SERVICES } from "./catalogue";
import { employerPicker, type TSeedContext } from "./generate";

const REPORT_STATUS_WEIGHTS: readonly (readonly [ReportStatus, number])[] = [
  ["new", 10], ["needs_info", 6], ["linked", 30], ["duplicate", 8], ["not_ai", 6], ["closed", 40],
];
const EVENT_TYPE_WEIGHTS: readonly (readonly [keyof typeof EVENT_TITLES, number])[] = [
  ["note", 30], ["meeting", 18], ["letter_sent", 14], ["employer_reply", 12], ["cse_meeting", 18], ["legal_step", 3],
];

/** Cases of each employer, for linking reports to a case of the same employer. */
function casesByEmployer(context: TSeedContext): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const item of context.cases) map.set(item.employerId, [...(map.get(item.employerId) ?? []), item.id]);
  return map;
}

/** Member reports over the last two years, most naming a known employer; yields `batchSize` rows at a time. */
export function* reportBatches(context: TSeedContext, batchSize: number): Generator<Prisma.MemberReportCreateManyInput[]> {
  const { random, today } = context;
  const pickEmployer = employerPicker(context);
  const cases = casesByEmployer(context);
  let batch: Prisma.MemberReportCreateManyInput[] = [];
  for (let index = 0; index < context.options.reports; index += 1) {
    const employerId = random.chance(0.95) ? pickEmployer().id : null;
    const submittedOn = addDays(today, -random.int(0, 730));
    const status = random.weighted(REPORT_STATUS_WEIGHTS);
    const lastActivityOn = [addDays(submittedOn, random.int(0, 30)), today].sort()[0]!;
    const employerCases = employerId ? (cases.get(employerId) ?? []) : [];
    const id = random.uuid();
    batch.push({
      id,
      unionId: context.unionId,
      receiptHash: random.hex(32),
      employerId,
      content: encryptJson({ service: random.pick(SERVICES), what: random.pick(REPORT_WHAT), howNoticed: "Vu en réunion de service", freeText: "" }, aad.reportContent(id)),
      staffInformed: random.weighted([["yes", 1], ["no", 3], ["unknown", 2]] as const),
      concerns: random.sample(CONCERNS, random.int(0, 2)),
      status,
      submittedOn: fromCalendarDate(submittedOn),
      lastActivityOn: fromCalendarDate(lastActivityOn),
      closedOn: status === "closed" ? fromCalendarDate(lastActivityOn) : null,
      deploymentId: status === "linked" && employerCases.length > 0 ? random.pick(employerCases) : null,
    });
    if (batch.length === batchSize) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/** Timeline events spread over the cases, between their discovery and today, by one of their reps. */
export function* eventBatches(context: TSeedContext, batchSize: number): Generator<Prisma.CaseEventCreateManyInput[]> {
  const { random, today } = context;
  if (context.cases.length === 0) return;
  let batch: Prisma.CaseEventCreateManyInput[] = [];
  for (let index = 0; index < context.options.events; index += 1) {
    const item = random.pick(context.cases);
    const type: CaseEventType = random.weighted(EVENT_TYPE_WEIGHTS);
    const occurredOn = addDays(item.firstKnownOn, random.int(0, daysBetween(item.firstKnownOn, today)));
    const reps = context.repsByEmployer.get(item.employerId) ?? [];
    const id = random.uuid();
    batch.push({
      id,
      deploymentId: item.id,
      unionId: context.unionId,
      type,
      occurredOn: fromCalendarDate(occurredOn),
      title: random.pick(EVENT_TITLES[type as keyof typeof EVENT_TITLES]),
      authorId: reps.length > 0 ? random.pick(reps) : null,
      createdAt: fromCalendarDate(occurredOn),
    });
    if (batch.length === batchSize) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}
