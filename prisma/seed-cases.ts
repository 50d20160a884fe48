/**
 * Demo catalogue and cases for the demo employers (prisma/seed.ts). Dates are counted from the day of
 * the seed, so a fresh demo always shows overdue, due-soon and later deadlines on the home page.
 * Deadlines come from the same pure engine the app uses (lib/consultations).
 */
import type { Concern, MonitoredSignal, Prisma } from "@/generated/prisma/client";
import { addDays, fromCalendarDate, todayInParis, type TCalendarDate } from "@/lib/consultations/calendar-date";
import { computeDeadlines } from "@/lib/consultations/deadlines";
import { EMPTY_RECORD, toConsultationFacts, type TConsultationRecord } from "@/lib/consultations/facts";
import { normalizeToolKey } from "@/lib/tools/normalize";

type TTx = Prisma.TransactionClient;

const DEMO_TOOLS = [
  { vendor: "Microsoft", productName: "Copilot pour Microsoft 365", functions: ["office_assistant", "summarise", "draft_customer_email"], hostingRegion: "eu" },
  { vendor: "VocaLys", productName: "Speech Insight", functions: ["call_transcription", "call_scoring", "voice_emotion_analysis"], hostingRegion: "outside_eu" },
  { vendor: "Sinistra", productName: "TriClaim", functions: ["claims_triage", "document_processing"], hostingRegion: "france" },
  { vendor: "PlanIA", productName: "Roster AI", functions: ["scheduling", "task_allocation"], hostingRegion: "eu" },
] as const;

type TDemoCase = {
  employer: string;
  /** Key of the union whose case it is (DEMO_UNIONS); the CGT's by default. */
  union?: "cgt" | "cfdt";
  tool: (typeof DEMO_TOOLS)[number]["productName"];
  localName: string;
  description: string;
  phase: Prisma.DeploymentCreateManyInput["phase"];
  status: Prisma.DeploymentCreateManyInput["status"];
  source: Prisma.DeploymentCreateManyInput["source"];
  concerns: readonly Concern[];
  monitors?: readonly MonitoredSignal[];
  firstKnownDaysAgo: number;
  goLiveInDays?: number;
  /** D0 (written information) this many days ago, with or without an expert; none: no consultation yet. */
  consultation?: { d0DaysAgo: number; expert: boolean };
};

const DEMO_CASES: readonly TDemoCase[] = [
  {
    employer: "Mutuelle Assurances du Littoral",
    tool: "Speech Insight",
    localName: "Analyse vocale des appels — plateau de Nantes",
    description: "Transcription et notation automatique de tous les appels clients, avec un score d'émotion par conseiller.",
    phase: "pilot",
    status: "expertise_in_progress",
    source: "member_report",
    concerns: ["surveillance", "work_intensification"],
    monitors: ["calls", "script_adherence", "voice"],
    firstKnownDaysAgo: 60,
    goLiveInDays: 45,
    consultation: { d0DaysAgo: 40, expert: true },
  },
  {
    employer: "Banque Horizon Populaire",
    tool: "Copilot pour Microsoft 365",
    localName: "Copilot dans les agences",
    description: "Rédaction des courriels clients et synthèse des rendez-vous par Copilot pour 3 000 conseillers.",
    phase: "rollout",
    status: "consultation_open",
    source: "employer_info",
    concerns: ["checking_work", "error_liability", "job_cuts"],
    firstKnownDaysAgo: 50,
    consultation: { d0DaysAgo: 26, expert: false },
  },
  {
    employer: "Banque Horizon Populaire",
    tool: "Roster AI",
    localName: "Plannings générés du centre de relation client",
    description: "Plannings hebdomadaires calculés par l'outil à partir des prévisions d'appels.",
    phase: "announced",
    status: "info_requested",
    source: "cse_agenda",
    concerns: ["algorithmic_management", "work_intensification"],
    firstKnownDaysAgo: 12,
  },
  {
    employer: "Assistance Europe Secours",
    tool: "TriClaim",
    localName: "Tri automatique des dossiers d'assistance",
    description: "Priorisation des demandes d'assistance et pré-remplissage des dossiers.",
    phase: "rumour",
    status: "reported",
    source: "member_report",
    concerns: ["deskilling", "data_opacity"],
    firstKnownDaysAgo: 5,
  },
  {
    // The other union at the same employer (issue 15): the CGT's reps never see this case.
    employer: "Banque Horizon Populaire",
    union: "cfdt",
    tool: "Copilot pour Microsoft 365",
    localName: "Copilot au service réclamations (CFDT)",
    description: "Réponses aux réclamations clients pré-rédigées par Copilot, relues par les conseillers.",
    phase: "pilot",
    status: "qualified",
    source: "member_report",
    concerns: ["checking_work", "work_intensification"],
    firstKnownDaysAgo: 20,
  },
];

function demoConsultation(today: TCalendarDate, plan: NonNullable<TDemoCase["consultation"]>): TConsultationRecord {
  const d0 = addDays(today, -plan.d0DaysAgo);
  return {
    ...EMPTY_RECORD,
    legalBases: ["l2312_8_new_technology", ...(plan.expert ? (["l2312_38_monitoring"] as const) : [])],
    infoCommunicatedDate: d0,
    documentsReceived: ["project_note", "vendor_and_model"],
    expert: plan.expert
      ? { ...EMPTY_RECORD.expert, isAppointed: true, firm: "Cabinet Équinoxe Expertise (fictif)", deliberationDate: addDays(d0, 3), designationDate: addDays(d0, 4) }
      : EMPTY_RECORD.expert,
  };
}

/** `repIds`: by "<union key>|<employer legal name>"; `unionIds`: by union key. */
export async function seedDemoCases(
  tx: TTx,
  employerIds: ReadonlyMap<string, string>,
  repIds: ReadonlyMap<string, string>,
  unionIds: ReadonlyMap<string, string>,
): Promise<void> {
  // Cases are seeded once: a reseed keeps whatever the demo users did with them.
  if ((await tx.deployment.count()) > 0) return;
  const today = todayInParis();
  const toolIds = new Map<string, string>();
  for (const tool of DEMO_TOOLS) {
    const dedupeKey = normalizeToolKey(tool.vendor, tool.productName);
    const { id } = await tx.aiTool.upsert({
      where: { dedupeKey },
      create: { ...tool, functions: [...tool.functions], dedupeKey },
      update: {},
      select: { id: true },
    });
    toolIds.set(tool.productName, id);
  }
  for (const demo of DEMO_CASES) {
    const employerId = employerIds.get(demo.employer)!;
    const union = demo.union ?? "cgt";
    const unionId = unionIds.get(union)!;
    const created = await tx.deployment.create({
      data: {
        unionId,
        employerId,
        toolId: toolIds.get(demo.tool)!,
        localName: demo.localName,
        description: demo.description,
        phase: demo.phase,
        status: demo.status,
        source: demo.source,
        concerns: [...demo.concerns],
        monitors: [...(demo.monitors ?? [])],
        firstKnownOn: fromCalendarDate(addDays(today, -demo.firstKnownDaysAgo)),
        goLiveOn: demo.goLiveInDays === undefined ? null : fromCalendarDate(addDays(today, demo.goLiveInDays)),
        repInChargeId: repIds.get(`${union}|${demo.employer}`) ?? null,
      },
      select: { id: true },
    });
    if (!demo.consultation) continue;
    const record = demoConsultation(today, demo.consultation);
    await tx.consultation.create({
      data: {
        deploymentId: created.id,
        unionId,
        legalBases: record.legalBases,
        infoGivenOn: fromCalendarDate(record.infoCommunicatedDate),
        documentsReceived: record.documentsReceived,
        expertAppointed: record.expert.isAppointed,
        expertFirm: record.expert.firm,
        deliberationOn: fromCalendarDate(record.expert.deliberationDate),
        designationOn: fromCalendarDate(record.expert.designationDate),
      },
    });
    const { deadlines } = computeDeadlines(toConsultationFacts(record, undefined));
    await tx.caseDeadline.createMany({
      data: deadlines.map((deadline) => ({
        deploymentId: created.id,
        unionId,
        kind: deadline.id,
        dueOn: fromCalendarDate(deadline.dueDate),
        doneOn: fromCalendarDate(deadline.doneOn),
      })),
    });
  }
}
