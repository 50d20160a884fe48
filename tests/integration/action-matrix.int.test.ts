// The authorization matrix of issue 15, point 5, over the server actions: every action exported by
// an `actions.ts` of app/ (found on disk: a new action without a row here fails the test) × an admin,
// a rep of union A and a rep of union B at the same employer, an instance-wide viewer and no account,
// called as the browser calls it (session cookie → requireActor → schema → data-access layer). Each row
// names what the action needs; the expected answer of each cell is computed from the permission table
// (lib/authz/permissions.ts) and the union rule, never written by hand, and a refused call writes
// nothing. Pages and route handlers: tests/e2e/authorization-matrix.spec.ts; the data-access layer:
// lib/authz/matrix.int.test.ts.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";

import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("next/headers", async () => (await import("@/tests/setup/session-cookies")).nextHeadersMock);
// Outside a Next request: re-rendering paths and after-response tasks have no request to attach to.
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined, unstable_cache: <T>(fn: T) => fn }));
vi.mock("next/server", async (original) => ({ ...(await original<object>()), after: (task: () => unknown) => void Promise.resolve().then(task) }));

import { emptyFacts } from "@/components/cases/case-values";
import { BLANK_AGREEMENT } from "@/lib/agreements/schemas";
import type { TCurrentUser } from "@/lib/auth/session";
import { can, type TPermission } from "@/lib/authz/permissions";
import { todayInParis } from "@/lib/consultations/calendar-date";
import { getPool, prisma } from "@/lib/db";
import { runAsSystem, setContextOutsideAnyContextForTests } from "@/lib/db-context";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { updateTool } from "@/lib/tools/save-tool";
import { createActor, createEmployer } from "@/tests/factories";
import { createCase, createTool } from "@/tests/factories/cases";
import { consultationInput } from "@/tests/factories/consultations";
import { createDeadlineRow } from "@/tests/factories/dashboards";
import { createReport } from "@/tests/factories/triage";
import { testUnion } from "@/tests/factories/unions";
import { signInAs } from "@/tests/setup/session-cookies";

type TPersona = "admin" | "repA" | "repB" | "viewer" | "none";
const PERSONAS: TPersona[] = ["none", "viewer", "repB", "repA", "admin"];

type TWorld = Awaited<ReturnType<typeof buildWorld>>;

/** What a call answers: passed the authorization (done, or refused for another reason), or refused by it. */
type TOutcome = "allowed" | "login" | "forbidden" | "not_found" | "refused_on_a_field" | "unexpected_error";

type TAccess =
  /** Anyone, signed in or not (public forms, the sign-in flow). */
  | { kind: "anyone" }
  /** Any signed-in account, on its own things. */
  | { kind: "signed_in" }
  /** Signed in with one of these permissions; the others are refused (forbidden, or not found). */
  | { kind: "permission"; any: TPermission[] }
  /** A record of union A at the employer: ":any" reaches every union's, ":assigned" only its own union's. */
  | { kind: "union_a_record"; any: TPermission | null; assigned: TPermission }
  /** Something of rep A's own (a token, a session, a notification): everyone else gets "not found". */
  | { kind: "rep_a_own" };

function expected(access: TAccess, persona: TPersona, actor: TCurrentUser | null): TOutcome[] {
  if (!actor) return access.kind === "anyone" ? ["allowed"] : ["login"];
  switch (access.kind) {
    case "anyone":
    case "signed_in":
      return ["allowed"];
    case "rep_a_own":
      return persona === "repA" ? ["allowed"] : ["not_found"];
    case "permission":
      return access.any.some((permission) => can(actor.role, permission)) ? ["allowed"] : ["forbidden", "not_found"];
    case "union_a_record":
      if (access.any && can(actor.role, access.any)) return ["allowed"];
      if (!can(actor.role, access.assigned)) return ["forbidden", "not_found"];
      // Both reps are attached to the employer: only the union decides, and a foreign record is "not found".
      return persona === "repA" ? ["allowed"] : ["not_found"];
  }
}

const UNAUTHENTICATED = new Set(["errors.unauthenticated", "errors.secondFactorPending", "errors.secondFactorEnrolRequired"]);

function classify(result: unknown): TOutcome {
  if (result && typeof result === "object" && "ok" in result && result.ok === false) {
    const failure = result as { formError?: string; fieldErrors?: Record<string, string[]> };
    if (failure.formError && UNAUTHENTICATED.has(failure.formError)) return "login";
    if (failure.formError === "errors.forbidden") return "forbidden";
    // A failure the action did not expect (a database error, row-level security refusing a write): never a right answer.
    if (failure.formError === "errors.unexpected") return "unexpected_error";
    if (failure.formError === "errors.notFound" || failure.formError?.endsWith(".notFound")) return "not_found";
    // Bad input, or a refusal of the operation on a field: only where the row says so (else the
    // input would not reach the check the cell is about).
    if (failure.fieldErrors && Object.keys(failure.fieldErrors).length > 0) return "refused_on_a_field";
  }
  return "allowed";
}

async function call(run: () => Promise<unknown>): Promise<TOutcome> {
  try {
    return classify(await run());
  } catch (error) {
    // redirect() is control flow: to the sign-in page for no account, elsewhere once done.
    const digest = (error as { digest?: unknown }).digest;
    if (typeof digest === "string" && digest.startsWith("NEXT_REDIRECT")) return digest.includes(";/login") ? "login" : "allowed";
    const code = (error as { code?: unknown }).code;
    if (code === "unauthenticated") return "login";
    if (code === "forbidden") return "forbidden";
    if (code === "not_found") return "not_found";
    throw error;
  }
}

/** Every table a union's work lives in, and the accounts: a refused call changes none of them (one digest each, one statement). */
const WATCHED = [
  "deployments", "consultations", "case_deadlines", "case_events", "case_tasks", "letters", "member_reports", "report_messages",
  "agreements", "agreement_clauses", "notifications", "calendar_feeds", "tool_corrections", "ai_tools", "employers", "cse_bodies",
  "unions", "union_employers", "users", "employer_assignments", "api_tokens", "legal_calendar", "letter_templates", "second_factor_policies",
];
const DIGESTS = WATCHED.map((table) => `SELECT '${table}' AS name, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS digest FROM ${table} t`).join(" UNION ALL ");

async function rows(): Promise<[string, string][]> {
  const { rows: digests } = await runAsSystem(() => getPool().query<{ name: string; digest: string }>(DIGESTS));
  return digests.map((row) => [row.name, row.digest]);
}

async function buildWorld() {
  const unionA = await testUnion("Union A", "UA");
  const unionB = await testUnion("Union B", "UB");
  const employer = await createEmployer({ unionIds: [unionA, unionB] });
  const actors = {
    admin: await createActor("admin"),
    repA: await createActor("rep", { employerIds: [employer.id], unionId: unionA }),
    repB: await createActor("rep", { employerIds: [employer.id], unionId: unionB }),
    viewer: await createActor("viewer", { unionId: null }),
  };
  const tool = await createTool();
  const otherTool = await createTool();
  const found = await createCase(employer.id, { unionId: unionA, toolId: tool.id });
  await createDeadlineRow(found.id, "consultation", 20);
  const report = await createReport(employer.id, { unionId: unionA });
  const secondReport = await createReport(employer.id, { unionId: unionA });
  const letter = await prisma.letter.create({
    data: { deploymentId: found.id, unionId: unionA, kind: "open_consultation", title: "Demande d'ouverture", body: "Madame, Monsieur," },
    select: { id: true },
  });
  const agreement = await prisma.agreement.create({
    data: { employerId: employer.id, unionId: unionA, title: "Accord IA 2026", kind: "ai_agreement", isShared: false },
    select: { id: true },
  });
  const task = await prisma.caseTask.create({ data: { deploymentId: found.id, unionId: unionA, title: "Relancer la direction" }, select: { id: true } });
  const cseBody = await prisma.cseBody.create({ data: { employerId: employer.id, kind: "cse", name: "CSE central" }, select: { id: true } });
  const token = await createApiToken(actors.repA, { name: "Script", scopes: ["facts:read"], lifetimeDays: 30 });
  const notification = await prisma.notification.create({
    data: { userId: actors.repA.id, unionId: unionA, event: "task_assigned", dedupKey: `matrix:${found.id}`, params: {}, link: `/cases/${found.id}`, deploymentId: found.id },
    select: { id: true },
  });
  // Union B corrects a tool only union A's case uses: a proposal union A answers.
  const { correctionId } = await updateTool(actors.repB, { ...toolFacts("B"), underlyingModel: null, dataProcessed: null, id: tool.id });
  const target = await createActor("rep", { employerIds: [employer.id], unionId: unionA });
  return {
    unionA, unionB, employer, actors, tool, otherTool, target, cseBody,
    caseId: found.id, taskId: task.id, reportId: report.id, secondReportId: secondReport.id, letterId: letter.id, agreementId: agreement.id,
    tokenId: token.id, notificationId: notification.id, correctionId: correctionId!,
  };
}

function toolFacts(marker: string) {
  return {
    vendor: `Éditeur ${marker}`,
    productName: "Assistant",
    underlyingModel: "",
    functions: ["call_scoring" as const],
    dataCategories: ["voice" as const],
    dataProcessed: "",
    trainsOnEmployeeData: "unknown" as const,
    hostingRegion: "outside_eu" as const,
    trainsOnCustomerData: "unknown" as const,
  };
}

/** A pilot at union A's employer, from the case form's blank values. */
function caseFacts(w: TWorld) {
  return { ...emptyFacts("2026-03-02"), toolId: w.tool.id, localName: "Assistant conseiller", phase: "pilot" as const, pilotStartOn: "2026-04-01" };
}

const form = (entries: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(entries)) data.append(key, value);
  return data;
};

type TRow = {
  access: TAccess;
  run: (action: (...args: never[]) => Promise<unknown>, w: TWorld) => Promise<unknown>;
  /** Each allowed reader acts on a world of its own (the first one's call removes what the next would act on). */
  fresh?: boolean;
  /** Allowed readers are refused on a field by the operation itself (a wrong current password, an unknown invitation). */
  refusedOnField?: boolean;
};
type TActions = Record<string, Record<string, TRow>>;

const CASE_WRITE: TAccess = { kind: "union_a_record", any: "case:write:any", assigned: "case:write:assigned" };
const TRIAGE: TAccess = { kind: "union_a_record", any: "report:triage:any", assigned: "report:triage:assigned" };
const admin = (...any: TPermission[]): TAccess => ({ kind: "permission", any });
// Calls an action with one argument (typed loosely: each action checks its own input).
/** The shape of a browser's WebAuthn answer, signed by nothing: it passes the schema, never the verification. */
const FAKE_PASSKEY_RESPONSE = { id: "eA", rawId: "eA", type: "public-key", response: { clientDataJSON: "e30" }, clientExtensionResults: {} };

const with1 = (input: (w: TWorld) => unknown) => (action: (...args: never[]) => Promise<unknown>, w: TWorld) => (action as (input: unknown) => Promise<unknown>)(input(w));
const with2 = (input: (w: TWorld) => unknown) => (action: (...args: never[]) => Promise<unknown>, w: TWorld) =>
  (action as (previous: unknown, input: unknown) => Promise<unknown>)(undefined, input(w));

const ACTIONS: TActions = {
  "app/(app)/account/api-tokens/actions.ts": {
    createApiTokenAction: { access: { kind: "signed_in" }, run: with1(() => ({ name: "Mon script", scopes: ["compliance:evaluate"], lifetimeDays: 30 })) },
    revokeApiTokenAction: { access: { kind: "rep_a_own" }, run: with1((w) => ({ tokenId: w.tokenId })) },
  },
  "app/(app)/account/calendar/actions.ts": {
    issueCalendarFeedAction: { access: admin("case:read:any", "case:read:assigned"), run: with1(() => ({})) },
    // Revoking a feed one does not have changes nothing.
    revokeCalendarFeedAction: { access: { kind: "signed_in" }, run: with1(() => ({})) },
  },
  "app/(app)/account/notifications/actions.ts": {
    saveNotificationPreferencesAction: { access: { kind: "signed_in" }, run: with1(() => ({ channels: { task_assigned: "off" } })) },
    // Its form wrapper (redirects back with ?saved or ?error): the action above is the gate.
    saveNotificationPreferencesForm: { access: { kind: "anyone" }, run: with1(() => form({ task_assigned: "off" })) },
  },
  "app/(app)/account/password/actions.ts": {
    // The wrong current password: refused on its field, after the session was checked.
    changePasswordAction: {
      access: { kind: "signed_in" },
      refusedOnField: true,
      run: with1(() => ({ currentPassword: "pas le bon mot de passe", newPassword: "Une phrase de passe solide", confirmPassword: "Une phrase de passe solide" })),
    },
  },
  "app/(app)/account/security/actions.ts": {
    regenerateRecoveryCodesAction: { access: { kind: "signed_in" }, run: with1(() => ({})) },
    passkeyRegistrationOptionsAction: { access: { kind: "signed_in" }, run: with1(() => ({})) },
    // No challenge was given: refused as expired once the session was checked.
    registerPasskeyAction: { access: { kind: "signed_in" }, run: with1(() => ({ response: FAKE_PASSKEY_RESPONSE })) },
    // Rep A's own passkey (rep A keeps TOTP, so it may go): everyone else gets "not found".
    removePasskeyAction: {
      access: { kind: "rep_a_own" },
      run: async (action, w) => {
        const passkey = await runAsSystem(() =>
          prisma.passkey.create({ data: { userId: w.actors.repA.id, credentialId: randomUUID(), publicKey: Buffer.from([1]), device: "x" }, select: { id: true } }),
        );
        return (action as (input: unknown) => Promise<unknown>)({ passkeyId: passkey.id });
      },
    },
  },
  "app/(app)/account/sessions/actions.ts": {
    endSessionAction: { access: { kind: "rep_a_own" }, run: with1((w) => ({ sessionId: w.actors.repA.sessionId })) },
    endOtherSessionsAction: { access: { kind: "signed_in" }, run: with1(() => ({ keepCurrent: true })) },
    signOutEverywhereAction: { access: { kind: "signed_in" }, run: with1(() => undefined) },
  },
  "app/(app)/actions.ts": {
    logoutAction: { access: { kind: "anyone" }, run: with1(() => undefined) },
  },
  "app/(app)/admin/legal-calendar/actions.ts": {
    saveCalendarEntryAction: {
      access: admin("legal-calendar:manage"),
      run: with1(() => ({ ruleId: "F4", appliesFrom: "1993-01-01", legalStatus: "in_force", source: "Code du travail L1222-4", tag: "M", note: "" })),
    },
    resetCalendarEntryAction: { access: admin("legal-calendar:manage"), run: with1(() => ({ ruleId: "F4" })) },
  },
  "app/(app)/admin/letter-templates/actions.ts": {
    saveLetterTemplateAction: {
      access: admin("letter-template:manage"),
      run: with1(() => ({ kind: "open_consultation", title: "Demande d'ouverture de la consultation", body: "Madame, Monsieur,\n\nNous demandons l'ouverture de la consultation." })),
    },
    resetLetterTemplateAction: { access: admin("letter-template:manage"), run: with1(() => ({ kind: "open_consultation" })) },
  },
  "app/(app)/admin/security/actions.ts": {
    setSecondFactorPolicyAction: { access: admin("user:manage"), run: with1(() => ({ role: "viewer", required: false })) },
    resetSecondFactorAction: { access: admin("user:manage"), run: with1((w) => ({ userId: w.target.id })) },
    unlockSignInAction: { access: admin("user:manage"), run: with1((w) => ({ userId: w.target.id })) },
  },
  "app/(app)/admin/unions/actions.ts": {
    createUnionAction: { access: admin("union:manage"), run: with1(() => ({ name: `Syndicat ${randomUUID().slice(0, 6)}`, shortName: `S${randomUUID().slice(0, 4)}` })) },
    renameUnionAction: { access: admin("union:manage"), run: with1((w) => ({ id: w.unionB, name: "Union B renommée", shortName: "UB2" })) },
    setUnionPresenceAction: { access: admin("union:manage"), run: with1((w) => ({ unionId: w.unionB, employerId: w.employer.id, present: false })) },
    setUserUnionAction: { access: admin("union:manage"), run: with1((w) => ({ userId: w.target.id, unionId: w.unionB })) },
  },
  "app/(app)/admin/users/actions.ts": {
    createUserAction: {
      access: admin("user:manage"),
      run: with1((w) => ({ email: `nouveau-${randomUUID().slice(0, 8)}@vigie.test`, name: "Nouveau", role: "rep", credential: "invite", unionId: w.unionA, employerIds: [w.employer.id] })),
    },
    changeRoleAction: { access: admin("user:manage"), run: with1((w) => ({ userId: w.target.id, role: "viewer" })) },
    attachEmployerAction: { access: admin("user:manage"), run: with1((w) => ({ userId: w.target.id, employerId: w.employer.id })) },
    detachEmployerAction: { access: admin("user:manage"), run: with1((w) => ({ userId: w.target.id, employerId: w.employer.id })) },
    setUserActiveAction: { access: admin("user:manage"), run: with1((w) => ({ userId: w.target.id, active: false })) },
    resetCredentialsAction: { access: admin("user:manage"), run: with1((w) => ({ userId: w.target.id, credential: "invite" })) },
  },
  "app/(app)/agreements/actions.ts": {
    createAgreementAction: { access: admin("case:write:any", "case:write:assigned"), run: with1((w) => ({ ...BLANK_AGREEMENT(w.employer.id), title: "Accord sur l'IA", unionId: w.unionA })) },
    deleteAgreementAction: { access: CASE_WRITE, fresh: true, run: with1((w) => ({ id: w.agreementId })) },
  },
  "app/(app)/cases/[id]/consultation/actions.ts": {
    saveConsultationAction: { access: CASE_WRITE, run: async (action, w) => (action as (input: unknown) => Promise<unknown>)(await consultationInput(w.caseId)) },
    setDeadlineOverrideAction: {
      access: CASE_WRITE,
      run: with1((w) => ({ caseId: w.caseId, deadlineId: "consultation", date: "2026-12-31", reason: "Prolongation accordée par le juge" })),
    },
    clearDeadlineOverrideAction: { access: CASE_WRITE, run: with1((w) => ({ caseId: w.caseId, deadlineId: "consultation" })) },
  },
  "app/(app)/cases/[id]/letters/actions.ts": {
    saveLetterAction: {
      access: CASE_WRITE,
      run: with1((w) => ({
        caseId: w.caseId,
        kind: "open_consultation",
        sender: "Les élus",
        recipient: "La direction",
        place: "Paris",
        title: "Demande d'ouverture",
        body: "Madame, Monsieur,",
        signature: "Les élus du CSE",
        sentOn: todayInParis(),
        replyDueOn: "",
      })),
    },
  },
  "app/(app)/cases/[id]/workflow-actions.ts": {
    transitionCaseAction: { access: CASE_WRITE, run: with1((w) => ({ caseId: w.caseId, version: 1, toStatus: "qualified" })) },
    addCaseEventAction: { access: CASE_WRITE, run: with1((w) => ({ caseId: w.caseId, type: "note", occurredOn: todayInParis(), title: "Réunion préparatoire" })) },
    createCaseTaskAction: { access: CASE_WRITE, run: with1((w) => ({ caseId: w.caseId, title: "Préparer la réunion", dueOn: "", assigneeId: "" })) },
    completeCaseTaskAction: { access: CASE_WRITE, run: with1((w) => ({ taskId: w.taskId })) },
    reopenCaseTaskAction: { access: CASE_WRITE, run: with1((w) => ({ taskId: w.taskId })) },
    updateCaseTaskAction: { access: CASE_WRITE, run: with1((w) => ({ taskId: w.taskId, dueOn: todayInParis(), assigneeId: "" })) },
  },
  "app/locale-actions.ts": {
    // A cookie of the browser's own, for everyone (also before sign-in).
    setLocaleAction: { access: { kind: "anyone" }, run: with1(() => form({ locale: "en" })) },
  },
  "app/(app)/cases/actions.ts": {
    // Any writer at the employer opens a case: a rep's is their own union's.
    createCaseAction: { access: admin("case:write:any", "case:write:assigned"), run: with1((w) => ({ employerId: w.employer.id, unionId: w.unionA, ...caseFacts(w) })) },
    updateCaseAction: { access: CASE_WRITE, run: with1((w) => ({ id: w.caseId, version: 1, ...caseFacts(w), localName: "Assistant renommé" })) },
  },
  "app/(app)/employers/actions.ts": {
    createEmployerAction: { access: admin("employer:manage"), run: with1(() => ({ legalName: `Employeur ${randomUUID().slice(0, 6)}`, groupName: "", sector: "banque", siren: "", idcc: "" })) },
    updateEmployerAction: { access: admin("employer:manage"), run: with1((w) => ({ id: w.employer.id, legalName: "Banque renommée", groupName: "", sector: "banque", siren: "", idcc: "" })) },
    addCseBodyAction: { access: admin("employer:manage"), run: with1((w) => ({ employerId: w.employer.id, kind: "cse_etablissement", name: "CSE de Lyon" })) },
    renameCseBodyAction: { access: admin("employer:manage"), run: with1((w) => ({ cseBodyId: w.cseBody.id, name: "CSE central renommé" })) },
    removeCseBodyAction: { access: admin("employer:manage"), run: with1((w) => ({ cseBodyId: w.cseBody.id })) },
    setAccordAction: {
      access: admin("employer:manage"),
      run: with1((w) => ({
        employerId: w.employer.id,
        name: "Accord de méthode",
        delays: { simple: { amount: "1", unit: "months" }, withExpert: { amount: "", unit: "months" }, multiLevelWithExperts: { amount: "", unit: "months" } },
      })),
    },
    clearAccordAction: { access: admin("employer:manage"), run: with1((w) => ({ employerId: w.employer.id })) },
  },
  "app/(app)/notifications/actions.ts": {
    markNotificationReadAction: { access: { kind: "rep_a_own" }, run: with1((w) => ({ id: w.notificationId })) },
    markAllNotificationsReadAction: { access: { kind: "signed_in" }, run: with1(() => ({})) },
    // Form wrappers of the two above (no answer of their own): called to check they never throw.
    markNotificationReadForm: { access: { kind: "anyone" }, run: with1((w) => form({ id: w.notificationId })) },
    markAllNotificationsReadForm: { access: { kind: "anyone" }, run: with1(() => undefined) },
  },
  "app/(app)/reports/actions.ts": {
    changeReportStatusAction: { access: TRIAGE, run: with1((w) => ({ reportId: w.reportId, toStatus: "not_ai" })) },
    replyToReporterAction: { access: TRIAGE, run: with1((w) => ({ reportId: w.reportId, body: "Merci, nous regardons.", askForInformation: false })) },
    addInternalNoteAction: { access: TRIAGE, run: with1((w) => ({ reportId: w.reportId, body: "Note entre élus" })) },
    linkReportToCaseAction: { access: TRIAGE, run: with1((w) => ({ reportId: w.reportId, caseId: w.caseId })) },
    markDuplicateAction: { access: TRIAGE, run: with1((w) => ({ reportId: w.secondReportId, duplicateOfId: w.reportId })) },
    assignEmployerAction: { access: admin("report:assign-employer"), run: with1((w) => ({ reportId: w.reportId, employerId: w.employer.id })) },
    createCaseFromReportAction: { access: TRIAGE, run: with1((w) => ({ employerId: w.employer.id, ...caseFacts(w), reportId: w.reportId })) },
  },
  "app/(app)/tools/actions.ts": {
    createToolAction: { access: admin("tool:create"), run: with1(() => toolFacts(randomUUID().slice(0, 6))) },
    // A tool no union uses: any catalogue editor changes it.
    updateToolAction: { access: admin("tool:create"), run: with1((w) => ({ ...toolFacts("mise à jour"), id: w.otherTool.id })) },
    mergeToolsAction: { access: admin("tool:merge"), run: with1((w) => ({ keepId: w.tool.id, mergeId: w.otherTool.id, confirmed: true })) },
    // Union B's proposal on the tool of union A's case: union A answers it.
    answerCorrectionAction: { access: { kind: "union_a_record", any: null, assigned: "tool:correction:answer" }, run: with1((w) => ({ correctionId: w.correctionId, accept: true })) },
    arbitrateCorrectionAction: { access: admin("tool:correction:arbitrate"), run: with1((w) => ({ correctionId: w.correctionId, accept: false })) },
  },
  "app/(auth)/invite/[token]/actions.ts": {
    acceptInviteAction: { access: { kind: "anyone" }, run: with1(() => ({ token: "x".repeat(43), newPassword: "Une phrase de passe solide", confirmPassword: "Une phrase de passe solide" })) },
  },
  "app/(auth)/login/actions.ts": {
    loginAction: { access: { kind: "anyone" }, run: with1(() => ({ email: "personne@vigie.test", password: "pas le bon mot de passe" })) },
  },
  "app/(auth)/login/enrol/actions.ts": {
    confirmEnrolmentAction: { access: { kind: "signed_in" }, run: with1(() => ({ code: "000000" })) },
    enrolPasskeyOptionsAction: { access: { kind: "signed_in" }, run: with1(() => ({})) },
    enrolPasskeyAction: { access: { kind: "signed_in" }, run: with1(() => ({ response: FAKE_PASSKEY_RESPONSE })) },
  },
  "app/(auth)/login/second-factor/actions.ts": {
    // A wrong code: refused on its field once the session was checked.
    verifySecondFactorAction: { access: { kind: "signed_in" }, refusedOnField: true, run: with1(() => ({ code: "000000" })) },
    // No passkey registered, or no challenge given: refused once the session was checked.
    passkeyOptionsAction: { access: { kind: "signed_in" }, run: with1(() => ({})) },
    verifyPasskeyAction: { access: { kind: "signed_in" }, run: with1(() => ({ response: FAKE_PASSKEY_RESPONSE })) },
  },
  "app/(dashboards)/dashboards/actions.ts": {
    setDashboardVisibilityAction: { access: admin("dashboard:configure"), run: with1((w) => ({ employerId: w.employer.id, visibility: "public" })) },
    // Its form wrapper: always redirects back to the dashboard, saved or not.
    submitDashboardVisibility: { access: { kind: "anyone" }, run: with1((w) => form({ employerId: w.employer.id, visibility: "public" })) },
  },
  "app/(public)/signaler/actions.ts": {
    submitReportAction: { access: { kind: "anyone" }, run: with2(() => form({ employerName: "", whatItDoes: "" })) },
  },
  "app/(public)/suivi/actions.ts": {
    openReportAction: { access: { kind: "anyone" }, run: with2(() => form({ receipt: "pas-un-recu" })) },
    sendReporterMessageAction: { access: { kind: "anyone" }, run: with2(() => form({ body: "Bonjour" })) },
    leaveFollowUpAction: { access: { kind: "anyone" }, run: with1(() => undefined) },
  },
};

/** Every module of server actions under app/ (a file starting with "use server"), as paths from the project's root. */
function actionFiles(dir = "app"): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return actionFiles(full);
    return /\.tsx?$/.test(entry.name) && /^\s*["']use server["']/.test(readFileSync(full, "utf8")) ? [full] : [];
  });
}

const modules = new Map<string, Record<string, unknown>>();

beforeAll(async () => {
  for (const file of actionFiles()) modules.set(file, await import(/* @vite-ignore */ path.resolve(file)));
  // Unlike the other integration tests, nothing here runs as `system` by default: an action whose
  // data-access function forgot to enter its actor's context (actingFor) meets row-level security with
  // no context, as in production, and its cells fail. The world is built as `system`.
  setContextOutsideAnyContextForTests(null);
}, 60_000);

afterAll(() => setContextOutsideAnyContextForTests({ k: "system" }));

describe("server actions × readers (issue 15, point 5)", () => {
  it("every exported action of app/ has one row", () => {
    const found = [...modules].flatMap(([file, exports]) =>
      Object.entries(exports)
        .filter(([, value]) => typeof value === "function")
        .map(([name]) => `${file}#${name}`),
    );
    const rows = Object.entries(ACTIONS).flatMap(([file, actions]) => Object.keys(actions).map((name) => `${file}#${name}`));
    expect(rows.sort()).toEqual(found.sort());
  });

  for (const [file, actions] of Object.entries(ACTIONS)) {
    for (const [name, row] of Object.entries(actions)) {
      it(`${name} (${file.replace(/^app\//, "").replace(/\/actions\.ts$/, "")})`, async () => {
        const action = modules.get(file)?.[name] as ((...args: never[]) => Promise<unknown>) | undefined;
        expect(action, `${file} exports ${name}`).toBeTypeOf("function");
        let world = await runAsSystem(() => buildWorld());
        const wrong: string[] = [];
        // Refusals first, each proven to write nothing; then those allowed.
        for (const persona of PERSONAS) {
          let actor = persona === "none" ? null : world.actors[persona];
          let want = expected(row.access, persona, actor);
          if (row.fresh && want.includes("allowed") && persona !== PERSONAS.find((p) => expected(row.access, p, p === "none" ? null : world.actors[p]).includes("allowed"))) {
            world = await runAsSystem(() => buildWorld());
            actor = persona === "none" ? null : world.actors[persona];
            want = expected(row.access, persona, actor);
          }
          await signInAs(actor);
          const before = want.includes("allowed") ? null : await rows();
          const got = await call(() => row.run(action!, world));
          const fine = want.includes(got) || (row.refusedOnField && got === "refused_on_a_field" && want.includes("allowed"));
          if (!fine) wrong.push(`${persona}: expected ${want.join(" or ")}, got ${got}`);
          if (before) {
            const after = await rows();
            const changed = after.filter(([, digest], index) => digest !== before[index]![1]).map(([table]) => table);
            if (changed.length > 0) wrong.push(`${persona}: refused, yet ${changed.join(", ")} changed`);
          }
        }
        expect(wrong).toEqual([]);
      });
    }
  }
});
