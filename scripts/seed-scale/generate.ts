/**
 * Row generators of the scale seed. Each draws from the shared seeded generator in a fixed order, so a
 * seed always yields the same rows; each returns plain createMany rows and records in the context what
 * later steps need (employer ids and sectors, case ids and dates).
 */
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import type { CaseStatus, DeploymentPhase, Sector } from "@/generated/prisma/enums";
import { addDays, addMonths, daysBetween, fromCalendarDate, type TCalendarDate } from "@/lib/consultations/calendar-date";
import { normalizeToolKey } from "@/lib/tools/normalize";

import { CONCERNS, EMPLOYER_PREFIX, FIRST_NAMES, LAST_NAMES, PLACE_NAMES, PROJECT_WORDS, SECTOR_WEIGHTS, SERVICES, TOOLS } from "./catalogue";
import type { SeededRandom } from "./random";

export type TSeedContext = {
  prisma: PrismaClient;
  random: SeededRandom;
  options: { employers: number; cases: number; seed: number };
  today: TCalendarDate;
  employers: { id: string; sector: Sector }[];
  toolIds: string[];
  repsByEmployer: Map<string, string[]>;
  cases: { id: string; status: CaseStatus; firstKnownOn: TCalendarDate }[];
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

export function generateCases(context: TSeedContext): Prisma.DeploymentCreateManyInput[] {
  const { random, today } = context;
  return Array.from({ length: context.options.cases }, () => {
    const employer = random.pick(context.employers);
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
    const updatedAt = new Date(fromCalendarDate(updatedOn).getTime() + random.int(7 * 60, 19 * 60) * 60_000);
    context.cases.push({ id, status, firstKnownOn });
    return {
      id,
      employerId: employer.id,
      toolId: random.pick(context.toolIds),
      localName: `${random.pick(PROJECT_WORDS)} ${service}`,
      description: `Déploiement signalé au ${service} : ${random.pick(["outil d'aide à la rédaction", "analyse des appels", "tri automatique", "planification", "scoring"])}.`,
      servicesAffected: [service],
      phase,
      status,
      source: random.weighted([["member_report", 4], ["employer_info", 3], ["cse_agenda", 3], ["press", 1], ["other_section", 1]] as const),
      concerns: random.sample(CONCERNS, random.int(0, 3)),
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
 * The consultation's deadlines, for cases whose consultation has started: D0 in the last five months,
 * the avis due one to three months later (so some are overdue, some due this week), the expert's steps
 * when an expertise runs, and the avis marked done once it is known.
 */
export function generateDeadlines(context: TSeedContext): Prisma.CaseDeadlineCreateManyInput[] {
  const { random, today } = context;
  return context.cases.filter((item) => CONSULTED.has(item.status)).flatMap((item) => {
    const d0 = dateBefore(random, today, 150);
    const avisDue = addMonths(d0, random.pick([1, 2, 3]));
    const rows: Prisma.CaseDeadlineCreateManyInput[] = [
      { deploymentId: item.id, kind: "consultation", dueOn: fromCalendarDate(avisDue), doneOn: AVIS_KNOWN.has(item.status) ? fromCalendarDate(addDays(avisDue, -random.int(0, 10))) : null },
    ];
    if (item.status === "expertise_in_progress") {
      rows.push(
        { deploymentId: item.id, kind: "expert_info_request", dueOn: fromCalendarDate(addDays(d0, 3)), doneOn: fromCalendarDate(addDays(d0, random.int(1, 3))) },
        { deploymentId: item.id, kind: "expert_report", dueOn: fromCalendarDate(addDays(avisDue, -15)), doneOn: null },
      );
    }
    return rows;
  });
}
