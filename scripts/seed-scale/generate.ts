/**
 * Row generators of the scale seed. Each draws from the shared seeded generator in a fixed order, so a
 * seed always yields the same rows; each returns plain createMany rows and records in the context what
 * later steps need (employer ids and sectors, case ids and dates).
 */
import type pg from "pg";

import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import type { CaseStatus, DeploymentPhase, Sector } from "@/generated/prisma/enums";
import { addDays, addMonths, daysBetween, fromCalendarDate, type TCalendarDate } from "@/lib/consultations/calendar-date";
import { normalizeToolKey } from "@/lib/tools/normalize";

import { CONCERNS, EMPLOYER_PREFIX, MONITORS, FIRST_NAMES, LAST_NAMES, PLACE_NAMES, PROJECT_WORDS, SECTOR_WEIGHTS, SERVICES, TOOLS } from "./catalogue";
import type { SeededRandom } from "./random";

export type TSeedContext = {
  prisma: PrismaClient;
  /** For the bulk inserts of the large tables (scripts/seed-scale/bulk.ts). */
  pool: pg.Pool;
  random: SeededRandom;
  /** The one union owning every generated record (issue 15), present at every generated employer. */
  unionId: string;
  options: { employers: number; cases: number; reports: number; events: number; seed: number };
  today: TCalendarDate;
  /** When the seed started: no timestamp is later. */
  startedAt: Date;
  employers: { id: string; sector: Sector }[];
  toolIds: string[];
  repsByEmployer: Map<string, string[]>;
  cases: { id: string; employerId: string; status: CaseStatus; firstKnownOn: TCalendarDate }[];
  /** The consultation deadline of each consulted case (generateConsultations), read by generateDeadlines. */
  consultations: Map<string, { d0: TCalendarDate; dueOn: TCalendarDate; avisOn: TCalendarDate | null; expert: boolean }>;
};

const IDCC: Readonly<Record<Sector, string>> = { banque: "2120", assurance: "1672", assistance: "1801", mutuelle: "2128", autre: "2247" };
const HEADCOUNT_BANDS = ["50-299", "300-999", "1000-4999", "5000+"] as const;

/** Most cases are recent and still being established; a tail is resolved or closed. */
const STATUS_WEIGHTS: readonly (readonly [CaseStatus, number])[] = [
  ["reported", 22], ["qualified", 14], ["info_requested", 12], ["consultation_open", 14], ["expertise_in_progress", 6],
  ["avis_given", 7], ["deemed_negative", 3], ["deployed_compliant", 6], ["deployed_irregular", 5], ["contentious", 3],
  ["resolved", 5], ["closed_no_action", 3],
];
const PHASE_WEIGHTS: readonly (readonly [DeploymentPhase, number])[] = [
  ["rumour", 12], ["announced", 22], ["pilot", 26], ["rollout", 16], ["production", 18], ["suspended", 4], ["withdrawn", 2],
];
/** Statuses where a consultation has started, so its computed deadlines exist (as part C stores them). */
const CONSULTED: ReadonlySet<CaseStatus> = new Set(["consultation_open", "expertise_in_progress", "avis_given", "deemed_negative", "deployed_compliant", "deployed_irregular", "contentious"]);
const AVIS_KNOWN: ReadonlySet<CaseStatus> = new Set(["avis_given", "deemed_negative", "deployed_compliant", "deployed_irregular"]);

export function generateEmployers(context: TSeedContext): Prisma.EmployerCreateManyInput[] {
  const { random } = context;
  const used = new Set<string>();
  return Array.from({ length: context.options.employers }, () => {
    const sector = random.weighted(SECTOR_WEIGHTS);
    const base = `${random.pick(EMPLOYER_PREFIX[sector])} ${random.pick(PLACE_NAMES)}`;
    let legalName = base;
    for (let suffix = 2; used.has(legalName); suffix += 1) legalName = `${base} ${suffix}`;
    used.add(legalName);
    const id = random.uuid();
    context.employers.push({ id, sector });
    return { id, legalName, sector, idcc: IDCC[sector], headcountBand: random.pick(HEADCOUNT_BANDS) };
  });
}

export function generateTools(context: TSeedContext): (Prisma.AiToolCreateManyInput & { dedupeKey: string })[] {
  const { random } = context;
  return TOOLS.map(([vendor, productName, functions]) => ({
    id: random.uuid(),
    vendor,
    productName,
    dedupeKey: normalizeToolKey(vendor, productName),
    functions: [...functions],
    hostingRegion: random.weighted([["eu", 5], ["france", 2], ["outside_eu", 2], ["unknown", 3]] as const),
  }));
}

/** One rep per ~40 employers; 60 % of employers have a rep, 15 % a second one. */
export function generateReps(context: TSeedContext): { email: string; name: string; employerIds: string[] }[] {
  const { random } = context;
  const count = Math.max(4, Math.round(context.employers.length / 40));
  const reps = Array.from({ length: count }, (_, index) => ({
    email: `rep.scale-${String(index + 1).padStart(2, "0")}@vigie.test`,
    name: `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`,
    employerIds: [] as string[],
  }));
  for (const employer of context.employers) {
    if (!random.chance(0.6)) continue;
    const chosen = random.sample(reps, random.chance(0.25) ? 2 : 1);
    for (const rep of chosen) rep.employerIds.push(employer.id);
  }
  return reps;
}

function dateBefore(random: SeededRandom, today: TCalendarDate, maxDaysAgo: number): TCalendarDate {
  return addDays(today, -random.int(0, maxDaysAgo));
}

/**
 * Picks employers the way cases and reports spread over a sector: a few large groups have many, most
 * employers a few (weight 1/√rank, so the largest of 500 has about 2 % of the cases).
 */
export function employerPicker(context: TSeedContext): () => TSeedContext["employers"][number] {
  const cumulative: number[] = [];
  let total = 0;
  context.employers.forEach((_, index) => {
    total += 1 / Math.sqrt(index + 1);
    cumulative.push(total);
  });
  return () => {
    const roll = context.random.next() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle]! < roll) low = middle + 1;
      else high = middle;
    }
    return context.employers[low]!;
  };
}

export function generateCases(context: TSeedContext): Prisma.DeploymentCreateManyInput[] {
  const { random, today } = context;
  const pickEmployer = employerPicker(context);
  return Array.from({ length: context.options.cases }, () => {
    const employer = pickEmployer();
    const status = random.weighted(STATUS_WEIGHTS);
    const phase = random.weighted(PHASE_WEIGHTS);
    const firstKnownOn = dateBefore(random, today, 3 * 365);
    const pilotStartOn = ["pilot", "rollout", "production"].includes(phase) ? addDays(firstKnownOn, random.int(10, 120)) : null;
    const goLiveOn = ["rollout", "production"].includes(phase) ? addDays(pilotStartOn ?? firstKnownOn, random.int(30, 240)) : null;
    const service = random.pick(SERVICES);
    const reps = context.repsByEmployer.get(employer.id) ?? [];
    const id = random.uuid();
    // Activity happens between discovery and today; timestamps at a random minute of that day.
    const updatedOn = addDays(firstKnownOn, random.int(0, daysBetween(firstKnownOn, today)));
    // Never in the future (today's working hours may not have come yet): dashboards watch updated_at.
    const updatedAt = new Date(Math.min(fromCalendarDate(updatedOn).getTime() + random.int(7 * 60, 19 * 60) * 60_000, context.startedAt.getTime()));
    context.cases.push({ id, employerId: employer.id, status, firstKnownOn });
    return {
      id,
      unionId: context.unionId,
      employerId: employer.id,
      toolId: random.pick(context.toolIds),
      localName: `${random.pick(PROJECT_WORDS)} ${service}`,
      description: `Déploiement signalé au ${service} : ${random.pick(["outil d'aide à la rédaction", "analyse des appels", "tri automatique", "planification", "scoring"])}.`,
      servicesAffected: [service],
      phase,
      status,
      source: random.weighted([["member_report", 4], ["employer_info", 3], ["cse_agenda", 3], ["press", 1], ["other_section", 1]] as const),
      concerns: random.sample(CONCERNS, random.int(0, 3)),
      monitors: random.chance(0.25) ? random.sample(MONITORS, random.int(1, 3)) : [],
      individualMonitoring: random.weighted([["yes", 1], ["no", 3], ["unknown", 4]] as const),
      jobsThreatened: random.chance(0.12) ? random.int(2, 250) : null,
      jobsCut: random.chance(0.04) ? random.int(1, 80) : null,
      firstKnownOn: fromCalendarDate(firstKnownOn),
      pilotStartOn: fromCalendarDate(pilotStartOn),
      goLiveOn: fromCalendarDate(goLiveOn),
      repInChargeId: reps.length > 0 && random.chance(0.7) ? random.pick(reps) : null,
      createdAt: fromCalendarDate(firstKnownOn),
      updatedAt,
    };
  });
}

/**
 * The consultation record of each case whose consultation has started: D0 some weeks after the union
 * heard of the tool (never after today), the legal delay (one month, two with an expert), the avis once
 * the workflow says it was given, an expert for the expertise statuses and a few others, the DUERP
 * update now and then. Records each case's deadline for generateDeadlines.
 */
export function generateConsultations(context: TSeedContext): Prisma.ConsultationCreateManyInput[] {
  const { random, today } = context;
  return context.cases.filter((item) => CONSULTED.has(item.status)).map((item) => {
    const d0 = [addDays(item.firstKnownOn, random.int(0, 120)), today].sort()[0]!;
    const expert = item.status === "expertise_in_progress" || random.chance(0.15);
    const dueOn = addMonths(d0, expert ? 2 : random.pick([1, 1, 2]));
    const avisOn = AVIS_KNOWN.has(item.status) ? [addDays(dueOn, -random.int(0, 20)), today].sort()[0]! : null;
    context.consultations.set(item.id, { d0, dueOn, avisOn, expert });
    const viaBdese = random.chance(0.3);
    return {
      deploymentId: item.id,
      unionId: context.unionId,
      legalBases: ["l2312_8_new_technology"],
      infoGivenOn: fromCalendarDate(viaBdese ? null : d0),
      bdeseNoticeOn: fromCalendarDate(viaBdese ? d0 : null),
      expertAppointed: expert,
      avis: avisOn ? (item.status === "deemed_negative" ? "reputed_negative" : random.weighted([["favourable", 2], ["defavorable", 3], ["abstention", 1]] as const)) : null,
      avisOn: fromCalendarDate(avisOn),
      duerpUpdatedOn: avisOn && random.chance(0.35) ? fromCalendarDate(avisOn) : null,
      updatedAt: new Date(Math.min(fromCalendarDate(avisOn ?? d0).getTime(), context.startedAt.getTime())),
    };
  });
}

/**
 * The consultation's deadlines, as refreshCaseDeadlines would store them: the avis due date (done on
 * the avis day once known), the day before it for a court referral, and the expert's steps.
 */
export function generateDeadlines(context: TSeedContext): Prisma.CaseDeadlineCreateManyInput[] {
  const { random } = context;
  const { unionId } = context;
  return [...context.consultations].flatMap(([deploymentId, { d0, dueOn, avisOn, expert }]) => {
    const done = fromCalendarDate(avisOn);
    const rows: Prisma.CaseDeadlineCreateManyInput[] = [
      { deploymentId, unionId, kind: "consultation", dueOn: fromCalendarDate(dueOn), doneOn: done },
      { deploymentId, unionId, kind: "court_referral", dueOn: fromCalendarDate(addDays(dueOn, -1)), doneOn: done },
    ];
    if (expert) {
      rows.push(
        { deploymentId, unionId, kind: "expert_info_request", dueOn: fromCalendarDate(addDays(d0, 3)), doneOn: fromCalendarDate(addDays(d0, random.int(1, 3))) },
        { deploymentId, unionId, kind: "expert_report", dueOn: fromCalendarDate(addDays(dueOn, -15)), doneOn: done },
      );
    }
    return rows;
  });
}
