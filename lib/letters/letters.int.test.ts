import { randomUUID } from "node:crypto";

import { describe, expect, it } from "vitest";

import { addDays, todayInParis } from "@/lib/consultations/calendar-date";
import { getPool, prisma } from "@/lib/db";
import { listDueItems } from "@/lib/home/queries";
import { buildLetterContext } from "@/lib/letters/context";
import { getCaseLetters, getLetterDraftPage, getLetterPdf, getLetterTemplateForEdit, listLetterTemplates } from "@/lib/letters/queries";
import { resetLetterTemplate } from "@/lib/letters/reset-letter-template";
import { saveLetter } from "@/lib/letters/save-letter";
import { saveLetterTemplate } from "@/lib/letters/save-letter-template";
import { ZSaveLetter, ZSaveLetterTemplate, type TSaveLetterInput } from "@/lib/letters/schemas";
import { DEFAULT_LETTER_TEMPLATES } from "@/lib/letters/templates";
import { addCaseEvent } from "@/lib/workflow/add-event";
import { getCaseWorkflow } from "@/lib/workflow/queries";
import { createActor, createEmployer } from "@/tests/factories";
import { createCase, createTool } from "@/tests/factories/cases";
import { createCseBody } from "@/tests/factories/consultations";
import { expectAppError } from "@/tests/setup/expect-app-error";
import { pdfText } from "@/tests/setup/pdf-text";
import { testUnion } from "@/tests/factories/unions";

const TODAY = todayInParis();

/** Every row saving a letter writes, to prove a refused save wrote nothing. */
async function letterRows() {
  const pool = getPool();
  return Promise.all(["letters", "case_events", "audit_events"].map(async (table) => (await pool.query(`SELECT * FROM ${table} ORDER BY 1`)).rows));
}

/**
 * An insurer's call-centre case: voice analytics scoring agents' emotions, piloted since 1 October 2026,
 * consultation opened on 4 September 2026 with two checklist documents received out of nine.
 */
async function callCentreCase(options: { emotions?: "yes" | "no" } = {}) {
  const employer = await createEmployer({ legalName: "Mutuelle du Ponant", sector: "assurance" });
  const rep = await createActor("rep", { employerIds: [employer.id] });
  // Same catalogue entry name in every call, so the dedupe key is made unique.
  const tool = await createTool({
    vendor: "VocaLys",
    productName: "Speech Insight",
    dedupeKey: `vocalys|speech insight|${randomUUID()}`,
    functions: ["call_scoring", "voice_emotion_analysis"],
    underlyingModel: "Whisper affiné",
  });
  const cse = await createCseBody(employer.id, { kind: "cse_central", name: "CSE central de la Mutuelle du Ponant" });
  const found = await createCase(employer.id, {
    toolId: tool.id,
    localName: "Analyse vocale du plateau de Brest",
    phase: "pilot",
    pilotStartOn: new Date("2026-10-01T00:00:00Z"),
    servicesAffected: ["Plateau de Brest"],
    monitors: ["calls", "voice"],
    emotionInferenceWorkers: options.emotions ?? "no",
  });
  await prisma.consultation.create({
    data: {
      deploymentId: found.id,
      unionId: await testUnion(),
      cseBodyId: cse.id,
      legalBases: ["l2312_8_new_technology", "l2312_38_monitoring"],
      infoGivenOn: new Date("2026-09-04T00:00:00Z"),
      documentsReceived: ["project_note", "training_plan"],
    },
  });
  return { employer, rep, caseId: found.id };
}

function letterInput(caseId: string, overrides: Partial<TSaveLetterInput> = {}) {
  return ZSaveLetter.parse({
    caseId,
    kind: "precise_information",
    sender: "CSE central de la Mutuelle du Ponant",
    recipient: "Mutuelle du Ponant\nDirection générale",
    place: "Brest",
    title: "Demande d'informations précises et écrites",
    body: "Madame, Monsieur le Président,\n\nNous demandons l'analyse d'impact.\n\nSalutations distinguées.",
    signature: "Test rep\nPour les élus",
    sentOn: TODAY,
    replyDueOn: addDays(TODAY, 8),
    ...overrides,
  });
}

describe("the letter context built from a case", () => {
  it("holds the employer, the tool, the dates, the consulted CSE and the missing documents, in French", async () => {
    const { rep, caseId } = await callCentreCase();
    const source = await buildLetterContext(rep, caseId, { today: "2026-11-23" });
    const { context } = source;
    expect(context).toMatchObject({
      today: "23 novembre 2026",
      employer: { legalName: "Mutuelle du Ponant", groupName: "" },
      tool: { name: "VocaLys Speech Insight", vendor: "VocaLys", underlyingModel: "Whisper affiné", functions: "notation des appels / respect des scripts et analyse de la voix ou des émotions" },
      case: { localName: "Analyse vocale du plateau de Brest", phase: "Pilote / expérimentation", pilotStartOn: "1er octobre 2026", goLiveOn: "", services: "Plateau de Brest", monitors: "appels et voix" },
      cse: { name: "CSE central de la Mutuelle du Ponant" },
      consultation: { d0: "4 septembre 2026", deadline: "4 octobre 2026", courtReferralLastDay: "3 octobre 2026", expertFirm: "" },
      hasMissingDocuments: true,
      rep: { name: rep.name },
    });
    expect(context.missingDocuments.map((document) => document.label)).toEqual([
      "Fournisseur et modèle d'IA",
      "Flux de données",
      "Analyse d'impact (AIPD)",
      "Classification AI Act",
      "Impact sur les emplois et la charge de travail",
      "Mise à jour du DUERP",
      "Données environnementales",
    ]);
    expect(context.receivedDocuments.map((document) => document.label)).toEqual(["Note de présentation du projet", "Plan de formation"]);
    expect(source.state).toMatchObject({ d0: "2026-09-04", avisDate: null, expertFirm: null, isExpertAppointed: false, duerpUpdatedDate: null });
    expect(source.state.openFlags).not.toContain("F8");
    expect(source.canWrite).toBe(true);
  });

  it("cites the flags the case raises; the Art. 85 complaint is offered only with the prohibited-practice flag", async () => {
    const { rep, caseId } = await callCentreCase({ emotions: "yes" });
    const source = await buildLetterContext(rep, caseId, { today: "2026-11-23" });
    expect(source.state.openFlags).toContain("F8");
    expect(source.context.hasProhibitedPractice).toBe(true);
    expect(source.context.flags).toContainEqual(expect.objectContaining({ ruleId: "F8", articles: expect.stringContaining("5(1)(f)") as string, isConfirmed: true }));
    const options = (await getCaseLetters(rep, caseId)).options;
    expect(options.find((option) => option.kind === "market_surveillance_complaint")?.reason).toBeNull();

    const other = await callCentreCase({ emotions: "no" });
    const closed = (await getCaseLetters(other.rep, other.caseId)).options;
    expect(closed.find((option) => option.kind === "market_surveillance_complaint")?.reason?.messageKey).toBe("letters.unavailable.noFlagToRelyOn");
    expect(closed.find((option) => option.kind === "open_consultation")?.reason?.messageKey).toBe("letters.unavailable.consultationOpen");
    await expectAppError(saveLetter(other.rep, letterInput(other.caseId, { kind: "market_surveillance_complaint" })), "invalid");
    expect(await prisma.letter.count()).toBe(0);
  });
});

describe("writing a letter", () => {
  it("each letter quotes the open flags it relies on; the suspension notice, once sent, turns continued use into an entrave indicator", async () => {
    const { employer, rep, caseId } = await callCentreCase();
    await prisma.employer.update({ where: { id: employer.id }, data: { headcountBand: "1000-4999" } });
    // The avis came on 30 October: the pilot of 1 October ran before the end of the consultation (F1).
    await prisma.consultation.update({ where: { deploymentId: caseId }, data: { avis: "defavorable", avisOn: new Date("2026-10-30T00:00:00Z") } });
    const request = await getLetterDraftPage(rep, caseId, "precise_information");
    if (request.state !== "draft") throw new Error("precise_information not offered");
    expect(request.draft.body).toContain("– L2312-8, L2312-14, R2312-6 : L'outil est utilisé (pilote ou déploiement) avant la fin de l'information-consultation du CSE.");
    const notice = await getLetterDraftPage(rep, caseId, "suspend_deployment");
    if (notice.state !== "draft") throw new Error("suspend_deployment not offered");
    expect(notice.draft.body).toContain("TJ Nanterre, référé, 14 février 2025");
    expect(notice.draft.body).toContain("– L2312-8, L2312-14, R2312-6 : L'outil est utilisé");
    // The CNIL complaint rests on F4 (no individual notice recorded) only, not on F1.
    const cnil = await getLetterDraftPage(rep, caseId, "cnil_complaint");
    if (cnil.state !== "draft") throw new Error("cnil_complaint not offered");
    expect(cnil.draft.body).toContain("L1222-4");
    expect(cnil.draft.body).not.toContain("R2312-6 : L'outil");
    // The Art. 85 complaint rests on no open flag (no emotion recognition, Art. 26 not applicable yet): not offered.
    expect((await getLetterDraftPage(rep, caseId, "market_surveillance_complaint")).state).toBe("choose");
    await expectAppError(saveLetter(rep, letterInput(caseId, { kind: "market_surveillance_complaint" })), "invalid");

    const stored = async () => (await prisma.caseFlag.findMany({ where: { deploymentId: caseId }, select: { ruleId: true } })).map((row) => row.ruleId);
    await prisma.caseFlag.deleteMany({ where: { deploymentId: caseId } });
    await saveLetter(rep, letterInput(caseId, { kind: "suspend_deployment", title: "Mise en demeure", sentOn: "2026-10-05", replyDueOn: "2026-10-13" }));
    // Sent on 5 October, the consultation still open 15 days later, the pilot still running: F19.
    expect(await stored()).toEqual(expect.arrayContaining(["F1", "F19"]));
  });

  it("the draft is the L2312-15 template filled from the case, with the default frame and a reply due in 8 days", async () => {
    const { rep, caseId } = await callCentreCase();
    const page = await getLetterDraftPage(rep, caseId, "precise_information");
    if (page.state !== "draft") throw new Error("expected a draft");
    const { draft } = page;
    expect(draft).toMatchObject({ kind: "precise_information", sentOn: TODAY, replyDueOn: addDays(TODAY, 8), place: "" });
    expect(draft.title).toBe("Demande d'informations précises et écrites sur le projet « Analyse vocale du plateau de Brest » (article L2312-15 du Code du travail)");
    expect(draft.sender).toBe("CSE central de la Mutuelle du Ponant\nMutuelle du Ponant");
    expect(draft.signature).toContain(rep.name);
    expect(draft.body).toContain("– la description des flux de données");
    expect(draft.body).toContain("le dossier mentionne : Whisper affiné");
    expect(draft.body).not.toContain("la note de présentation du projet");

    const choose = await getLetterDraftPage(rep, caseId, "open_consultation");
    expect(choose).toMatchObject({ state: "choose", requested: "open_consultation" });
    expect(await getLetterDraftPage(rep, caseId, undefined)).toMatchObject({ state: "choose", requested: null });
  });

  it("saving stores the text as sent and puts it on the timeline on its sent date; the PDF reads it back", async () => {
    const { rep, caseId } = await callCentreCase();
    const page = await getLetterDraftPage(rep, caseId, "precise_information");
    if (page.state !== "draft") throw new Error("expected a draft");
    const sentOn = addDays(TODAY, -2);
    const { id } = await saveLetter(rep, ZSaveLetter.parse({ ...page.draft, place: "Brest", sentOn, replyDueOn: addDays(sentOn, 8) }));

    const letter = await prisma.letter.findUniqueOrThrow({ where: { id } });
    expect(letter).toMatchObject({ deploymentId: caseId, kind: "precise_information", title: page.draft.title, createdById: rep.id });
    expect(letter.sentOn?.toISOString().slice(0, 10)).toBe(sentOn);
    expect(letter.replyDueOn?.toISOString().slice(0, 10)).toBe(addDays(sentOn, 8));
    expect(letter.body.startsWith("CSE central de la Mutuelle du Ponant\nMutuelle du Ponant\n\nMutuelle du Ponant\nÀ l'attention")).toBe(true);
    expect(letter.body).toContain(`\n\nObjet : ${page.draft.title}\n\n`);

    const event = await prisma.caseEvent.findFirstOrThrow({ where: { letterId: id } });
    expect(event).toMatchObject({ deploymentId: caseId, type: "letter_sent", title: page.draft.title, authorId: rep.id });
    expect(event.occurredOn.toISOString().slice(0, 10)).toBe(sentOn);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: "letter.create", entityId: id } });
    expect(audit.changes).toMatchObject({ caseId: { after: caseId }, kind: { after: "precise_information" }, sentOn: { after: sentOn } });

    const timeline = await getCaseWorkflow(rep, caseId);
    expect(timeline.events.find((row) => row.type === "letter_sent")).toMatchObject({
      occurredOn: sentOn,
      letter: { id, caseId, replyDueOn: addDays(sentOn, 8) },
    });
    const listed = await getCaseLetters(rep, caseId);
    expect(listed.letters).toEqual([expect.objectContaining({ id, replyDueOn: addDays(sentOn, 8), replyStatus: "due_soon", pdfPath: `/cases/${caseId}/letters/${id}/pdf` })]);

    const { pdf, fileName, disposition } = await getLetterPdf(rep, caseId, id);
    expect(fileName).toBe(`Demande d'informations L2312-15 - Mutuelle du Ponant - ${sentOn}.pdf`);
    expect(disposition).toMatch(/^attachment; filename="Demande d-informations L2312-15 - Mutuelle du Ponant - .*\.pdf"; filename\*=UTF-8''/);
    const text = await pdfText(pdf);
    for (const expected of ["Mutuelle du Ponant", "VocaLys Speech Insight", "L2312-15", "la description des flux de données", "l'analyse d'impact relative à la protection des données", "Brest, le "]) {
      expect(text).toContain(expected);
    }
  });

  it("the reply due date is on the home page until the employer's reply is recorded", async () => {
    const { rep, caseId } = await callCentreCase();
    const { id } = await saveLetter(rep, letterInput(caseId, { sentOn: addDays(TODAY, -10), replyDueOn: addDays(TODAY, -2) }));
    const due = await listDueItems(rep);
    expect(due).toContainEqual(expect.objectContaining({ type: "letter_reply", letterId: id, kind: "precise_information", dueDate: addDays(TODAY, -2), status: "overdue" }));

    await addCaseEvent(rep, { caseId, type: "employer_reply", occurredOn: addDays(TODAY, -1), title: "Réponse de la direction" });
    expect((await listDueItems(rep)).some((item) => item.type === "letter_reply")).toBe(false);
    expect((await getCaseLetters(rep, caseId)).letters[0]?.replyStatus).toBe("done");
  });

  it("another employer's rep and a viewer can neither preview, save nor download; nothing is written", async () => {
    const { rep, caseId } = await callCentreCase();
    const { id } = await saveLetter(rep, letterInput(caseId));
    const before = await letterRows();
    const elsewhere = await createActor("rep", { employerIds: [(await createEmployer()).id] });
    const viewer = await createActor("viewer");
    for (const actor of [elsewhere, viewer]) {
      await expectAppError(getLetterDraftPage(actor, caseId, "precise_information"), "not_found");
      await expectAppError(saveLetter(actor, letterInput(caseId)), "not_found");
      await expectAppError(getLetterPdf(actor, caseId, id), "not_found");
      await expectAppError(getCaseLetters(actor, caseId), "not_found");
    }
    expect(await letterRows()).toEqual(before);
    // A letter asked for through another case it does not belong to is not found either.
    const { caseId: secondCase } = await callCentreCase();
    const admin = await createActor("admin");
    await expectAppError(getLetterPdf(admin, secondCase, id), "not_found");
    await expectAppError(getLetterPdf(admin, caseId, "not-a-uuid"), "not_found");
    expect((await getLetterPdf(admin, caseId, id)).pdf.length).toBeGreaterThan(1000);
  });
});

describe("letter templates (admins)", () => {
  it("an admin's template is used for the next letters; reset goes back to the default; both are audited", async () => {
    const admin = await createActor("admin");
    const { rep, caseId } = await callCentreCase();
    await saveLetterTemplate(admin, ZSaveLetterTemplate.parse({ kind: "rights_alert", title: "Alerte {{tool.name}}", body: "Madame, Monsieur,\n\nAlerte chez {{employer.legalName}}." }));
    const page = await getLetterDraftPage(rep, caseId, "rights_alert");
    expect(page).toMatchObject({ state: "draft", draft: { title: "Alerte VocaLys Speech Insight", body: "Madame, Monsieur,\n\nAlerte chez Mutuelle du Ponant." } });
    expect((await listLetterTemplates(admin)).find((row) => row.kind === "rights_alert")).toMatchObject({ isCustom: true, updatedByName: admin.name });

    await resetLetterTemplate(admin, { kind: "rights_alert" });
    expect(await getLetterTemplateForEdit(admin, "rights_alert")).toMatchObject({ isCustom: false, ...DEFAULT_LETTER_TEMPLATES.rights_alert });
    const actions = (await prisma.auditEvent.findMany({ where: { entityType: "letter_template" }, orderBy: { id: "asc" } })).map((row) => row.action);
    expect(actions).toEqual(["letter_template.update", "letter_template.reset"]);
  });

  it("refuses broken syntax and unknown variables on their field, and reps may not edit templates", async () => {
    const rep = await createActor("rep");
    const broken = ZSaveLetterTemplate.safeParse({ kind: "duerp_update", title: "Objet", body: "{{#hasFlags}}jamais fermé" });
    expect(broken.error?.issues).toEqual([expect.objectContaining({ path: ["body"], message: "letters.templates.errors.unclosedSection" })]);
    const unknown = ZSaveLetterTemplate.safeParse({ kind: "duerp_update", title: "{{employer.siret}}", body: "ok" });
    expect(unknown.error?.issues).toEqual([expect.objectContaining({ path: ["title"], message: "letters.templates.errors.unknownVariable" })]);
    await expectAppError(saveLetterTemplate(rep, ZSaveLetterTemplate.parse({ kind: "duerp_update", title: "Objet", body: "Texte" })), "forbidden");
    await expectAppError(resetLetterTemplate(rep, { kind: "duerp_update" }), "forbidden");
    await expectAppError(listLetterTemplates(rep), "forbidden");
    expect(await prisma.letterTemplate.count()).toBe(0);
  });

  it("a stored template that no longer checks is ignored for the default", async () => {
    const { rep, caseId } = await callCentreCase();
    await prisma.letterTemplate.create({ data: { kind: "duerp_update", title: "{{employer.removedField}}", body: "x" } });
    const page = await getLetterDraftPage(rep, caseId, "duerp_update");
    expect(page).toMatchObject({ state: "draft", draft: { title: "Mise à jour du document unique d'évaluation des risques professionnels — outil VocaLys Speech Insight" } });
  });
});
