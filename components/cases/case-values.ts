import type { TCaseDetail, TCaseFormOptions, TPerson } from "@/lib/deployments/queries";
import { BLANK_AI_ACT_FACTS } from "@/lib/deployments/ai-act-schemas";
import type { TCaseFactsInput } from "@/lib/deployments/schemas";

/** A blank case form: today as the day the section learned of the tool. */
export function emptyFacts(today: string): TCaseFactsInput {
  return {
    toolId: "",
    localName: "",
    description: "",
    servicesAffected: "",
    jobFamilies: "",
    headcountAffected: "",
    phase: "rumour",
    firstKnownOn: today,
    announcedOn: "",
    pilotStartOn: "",
    goLiveOn: "",
    source: "member_report",
    concerns: [],
    monitors: [],
    individualMonitoring: "unknown",
    jobsThreatened: "",
    jobsCut: "",
    statedGoal: "",
    repInChargeId: "",
    ...BLANK_AI_ACT_FACTS,
  };
}

/** A stored value in the form's shape: lists one per line, unknowns as "", numbers as text. */
export function toFormValue(value: unknown): string | string[] {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) return value.map(String);
  return String(value);
}

const LIST_FIELDS = new Set(["servicesAffected", "jobFamilies"]);

export function factsOf(detail: TCaseDetail): TCaseFactsInput {
  const values = { ...emptyFacts(detail.firstKnownOn) } as Record<string, unknown>;
  const source = { ...detail, toolId: detail.tool.id, repInChargeId: detail.repInCharge?.id ?? null } as Record<string, unknown>;
  for (const field of Object.keys(values)) values[field] = formValueFor(field, source[field]);
  return values as TCaseFactsInput;
}

/** The value a form field shows for a stored value (text lists are edited as one line per item). */
export function formValueFor(field: string, value: unknown): string | string[] {
  const formValue = toFormValue(value);
  return LIST_FIELDS.has(field) && Array.isArray(formValue) ? formValue.join("\n") : formValue;
}

/** Who may be in charge at an employer: its reps, then the admins (each person once). */
export function repChoices(options: TCaseFormOptions, employerId: string, unionId?: string): TPerson[] {
  const all = options.employers.find((employer) => employer.id === employerId)?.reps ?? [];
  // An admin opening a case for a union: only that union's reps may be in charge of it.
  const reps = (unionId ? all.filter((rep) => rep.unionId === unionId) : all).map(({ id, name }) => ({ id, name }));
  const seen = new Set(reps.map((rep) => rep.id));
  return [...reps, ...options.admins.filter((admin) => !seen.has(admin.id))];
}
