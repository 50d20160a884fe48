import { describe, expect, it } from "vitest";

import { RULE_IDS } from "@/lib/compliance/legal-calendar";
import { RULE_LETTER } from "@/lib/compliance/next-steps";

import { letterOptions, type TLetterCaseState } from "./availability";
import { composeLetterText, parseLetterText, type TLetterFrame } from "./compose";
import { asciiFileName, contentDisposition, letterFileName } from "./file-name";
import { formatFrenchDate, joinFrench } from "./french";
import { contextForKind, defaultReplyDue, isLetterKind, LETTER_KIND_INFO, LETTER_KINDS } from "./kinds";
import { isReplyAnswered, replyStatus } from "./reply-status";
import { ZSaveLetter, ZSaveLetterTemplate } from "./schemas";
import { SAMPLE_LETTER_CONTEXT } from "./variables";
import { toWinAnsi } from "./win-ansi";

describe("reply due dates", () => {
  it.each([
    ["gdpr_access", "2026-01-31", "2026-02-28"], // GDPR 12(3): one month, the month's last day when it has no 31st
    ["gdpr_access", "2026-11-23", "2026-12-23"],
    ["precise_information", "2026-11-23", "2026-12-01"],
    ["open_consultation", "2026-11-23", "2026-12-08"],
    ["expert_deliberation", "2026-12-28", "2027-01-07"],
    ["rights_alert", "2026-11-23", "2026-12-01"],
    ["duerp_update", "2026-11-23", "2026-12-23"],
    ["market_surveillance_complaint", "2026-11-30", "2027-02-28"],
  ] as const)("%s sent on %s: reply due on %s", (kind, sentOn, due) => {
    expect(defaultReplyDue(kind, sentOn)).toBe(due);
  });

  it("only the GDPR delays come from the law (Art. 12(3), Art. 78(2)); every kind has one", () => {
    expect(LETTER_KINDS.filter((kind) => LETTER_KIND_INFO[kind].replyDelayBasis === "law")).toEqual(["gdpr_access", "cnil_complaint"]);
    expect(defaultReplyDue("cnil_complaint", "2026-12-03")).toBe("2027-03-03");
    expect(isLetterKind("gdpr_access")).toBe(true);
    expect(isLetterKind("cnil_complaint")).toBe(true);
    expect(isLetterKind("ombudsman_letter")).toBe(false);
  });

  it("a reply recorded on or after the sending day answers the letter", () => {
    expect(isReplyAnswered("2026-11-10", null)).toBe(false);
    expect(isReplyAnswered("2026-11-10", "2026-11-09")).toBe(false);
    expect(isReplyAnswered("2026-11-10", "2026-11-10")).toBe(true);
    expect(replyStatus({ sentOn: "2026-11-10", replyDueOn: "2026-11-18" }, null, "2026-11-20")).toBe("overdue");
    expect(replyStatus({ sentOn: "2026-11-10", replyDueOn: "2026-11-18" }, null, "2026-11-12")).toBe("due_soon");
    expect(replyStatus({ sentOn: "2026-11-10", replyDueOn: "2026-11-18" }, "2026-11-15", "2026-11-20")).toBe("done");
    expect(replyStatus({ sentOn: "2026-11-10", replyDueOn: null }, null, "2026-11-20")).toBeNull();
  });
});

describe("which letters a case offers", () => {
  const fresh: TLetterCaseState = { d0: null, avisDate: null, expertFirm: null, isExpertAppointed: false, duerpUpdatedDate: null, openFlags: [] };
  const reasons = (state: TLetterCaseState) => Object.fromEntries(letterOptions(state).map((option) => [option.kind, option.reason?.messageKey ?? null]));

  it("a fresh case offers every letter but the notices and complaints, which need a flag they rely on", () => {
    expect(reasons(fresh)).toEqual({
      open_consultation: null,
      precise_information: null,
      suspend_deployment: "letters.unavailable.noFlagToRelyOn",
      expert_deliberation: null,
      rights_alert: null,
      duerp_update: null,
      gdpr_access: null,
      labour_inspection_alert: "letters.unavailable.noFlagToRelyOn",
      cnil_complaint: "letters.unavailable.noFlagToRelyOn",
      market_surveillance_complaint: "letters.unavailable.noFlagToRelyOn",
    });
    expect(letterOptions(fresh).find((option) => option.kind === "cnil_complaint")?.reason?.params).toEqual({ rules: "F2, F4, F14, F15, F16" });
    expect(reasons({ ...fresh, openFlags: ["F8"] }).market_surveillance_complaint).toBeNull();
    expect(reasons({ ...fresh, openFlags: ["F10"] }).market_surveillance_complaint).toBeNull();
    expect(reasons({ ...fresh, openFlags: ["F1"] })).toMatchObject({ suspend_deployment: null, labour_inspection_alert: null, cnil_complaint: "letters.unavailable.noFlagToRelyOn" });
    expect(reasons({ ...fresh, openFlags: ["F16"] })).toMatchObject({ cnil_complaint: null, suspend_deployment: "letters.unavailable.noFlagToRelyOn" });
  });

  it("always offers the letter an open flag suggests, even when the case would otherwise close it", () => {
    const closed: TLetterCaseState = { ...fresh, d0: "2026-09-04", avisDate: "2026-10-30", duerpUpdatedDate: "2026-10-01" };
    expect(reasons(closed)).toMatchObject({ open_consultation: "letters.unavailable.avisGiven", precise_information: "letters.unavailable.avisGiven", duerp_update: "letters.unavailable.duerpUpdated" });
    // F2 (monitoring not consulted) → open the consultation; F5 (no reasoned answer) → precise information; F7 → DUERP.
    expect(reasons({ ...closed, openFlags: ["F2", "F5", "F7"] })).toMatchObject({ open_consultation: null, precise_information: null, duerp_update: null });
    for (const ruleId of RULE_IDS) {
      const kind = RULE_LETTER[ruleId];
      expect(reasons({ ...closed, isExpertAppointed: true, openFlags: [ruleId] })[kind], `${ruleId} → ${kind}`).toBeNull();
    }
  });

  it("quotes in each letter only the open flags its kind relies on", () => {
    const flag = (ruleId: string) => ({ ...SAMPLE_LETTER_CONTEXT.flags[0]!, ruleId });
    const context = { ...SAMPLE_LETTER_CONTEXT, flags: ["F1", "F6", "F16"].map(flag) };
    expect(contextForKind("precise_information", context).flags.map((item) => item.ruleId)).toEqual(["F1"]);
    expect(contextForKind("suspend_deployment", context).flags.map((item) => item.ruleId)).toEqual(["F1"]);
    expect(contextForKind("duerp_update", context).flags.map((item) => item.ruleId)).toEqual(["F6"]);
    expect(contextForKind("labour_inspection_alert", context).flags.map((item) => item.ruleId)).toEqual(["F1", "F6"]);
    expect(contextForKind("cnil_complaint", context)).toMatchObject({ hasFlags: true, flags: [expect.objectContaining({ ruleId: "F16" })] });
    expect(contextForKind("gdpr_access", context)).toMatchObject({ hasFlags: false, flags: [] });
  });

  it("an open consultation, an appointed expert, an updated DUERP and a given avis close the letters that asked for them", () => {
    const state: TLetterCaseState = { ...fresh, d0: "2026-09-04", isExpertAppointed: true, expertFirm: "Cabinet X", duerpUpdatedDate: "2026-10-01" };
    expect(reasons(state)).toMatchObject({
      open_consultation: "letters.unavailable.consultationOpen",
      precise_information: null,
      expert_deliberation: "letters.unavailable.expertAppointed",
      duerp_update: "letters.unavailable.duerpUpdated",
    });
    expect(letterOptions(state).find((option) => option.kind === "expert_deliberation")?.reason?.params).toEqual({ firm: "Cabinet X" });
    expect(reasons({ ...state, avisDate: "2026-10-30" })).toMatchObject({
      open_consultation: "letters.unavailable.avisGiven",
      precise_information: "letters.unavailable.avisGiven",
      expert_deliberation: "letters.unavailable.avisGiven",
      rights_alert: null,
      gdpr_access: null,
    });
  });
});

describe("composing and parsing a stored letter", () => {
  const frame: TLetterFrame = {
    sender: "CSE central\n\n  Banque Exemple  \n",
    recipient: "Banque Exemple\nDirection générale",
    place: "  Nantes ",
    date: "2027-03-01",
    title: "Demande   d'informations\nprécises",
    body: "Madame, Monsieur,\n\n\n\nPremier paragraphe.  \n– point un ;\n\nSalutations.",
    signature: "Camille Exemple\nPour les élus",
  };

  it("writes the blocks of a French letter, frame blocks folded, body tidied", () => {
    expect(composeLetterText(frame)).toBe(
      [
        "CSE central\nBanque Exemple",
        "Banque Exemple\nDirection générale",
        "Nantes, le 1er mars 2027",
        "Objet : Demande d'informations précises",
        "Madame, Monsieur,\n\nPremier paragraphe.\n– point un ;\n\nSalutations.",
        "Camille Exemple\nPour les élus",
      ].join("\n\n"),
    );
    expect(composeLetterText({ ...frame, place: "" })).toContain("\n\nLe 1er mars 2027\n\n");
  });

  it("finds the blocks again from the stored text", () => {
    expect(parseLetterText(composeLetterText(frame))).toEqual({
      sender: ["CSE central", "Banque Exemple"],
      recipient: ["Banque Exemple", "Direction générale"],
      dateLine: "Nantes, le 1er mars 2027",
      objectLine: "Objet : Demande d'informations précises",
      body: "Madame, Monsieur,\n\nPremier paragraphe.\n– point un ;\n\nSalutations.",
      signature: ["Camille Exemple", "Pour les élus"],
    });
    expect(parseLetterText("Un texte libre.\n\nSans objet.")).toBeNull();
  });
});

describe("French wording", () => {
  it("dates as a letter writes them, lists in a sentence", () => {
    expect(formatFrenchDate("2027-03-01")).toBe("1er mars 2027");
    expect(formatFrenchDate("2026-08-15")).toBe("15 août 2026");
    expect(formatFrenchDate(null)).toBe("");
    expect(joinFrench(["appels", "voix", "temps"])).toBe("appels, voix et temps");
    expect(joinFrench(["appels"])).toBe("appels");
    expect(joinFrench([])).toBe("");
  });
});

describe("text for the standard PDF fonts (WinAnsi)", () => {
  it("keeps every French character and replaces the rest", () => {
    const french = "Élue à l’œuvre : « ç è ê ë î ï ô ù û ü ÿ æ Œ Ÿ » — 1 000 € … – •";
    expect(toWinAnsi(french)).toBe(french);
    expect(toWinAnsi("12\u202F%\u2009; ≥ 6 mois → ok ✓ 😀 Łódź\u0007")).toBe("12\u00A0% ; >= 6 mois -> ok x ? Lódz");
    expect(toWinAnsi("e\u0301")).toBe("é");
  });
});

describe("the PDF file name", () => {
  it("is French, dated, and safe in a header", () => {
    const name = letterFileName("precise_information", "Banque « Horizon »/Populaire", "2026-11-23");
    expect(name).toBe("Demande d'informations L2312-15 - Banque « Horizon » Populaire - 2026-11-23.pdf");
    expect(asciiFileName(name)).toBe("Demande d-informations L2312-15 - Banque - Horizon - Populaire - 2026-11-23.pdf");
    expect(contentDisposition("Délibération d'expert.pdf")).toBe(
      `attachment; filename="Deliberation d-expert.pdf"; filename*=UTF-8''D%C3%A9lib%C3%A9ration%20d%27expert.pdf`,
    );
  });
});

describe("letter inputs", () => {
  const valid = {
    caseId: "6f1c1f4e-8a1b-4c41-9d8e-0a8f6f1c1f4e",
    kind: "precise_information",
    sender: "CSE",
    recipient: "Direction",
    place: "",
    title: "Objet",
    body: "Texte",
    signature: "Camille",
    sentOn: "2026-11-23",
    replyDueOn: "2026-12-01",
  };

  it("a reply due before the letter is sent is refused on its field; an empty one means no reply expected", () => {
    const early = ZSaveLetter.safeParse({ ...valid, replyDueOn: "2026-11-22" });
    expect(early.success).toBe(false);
    expect(early.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([["replyDueOn", "letters.validation.replyBeforeSent"]]);
    expect(ZSaveLetter.parse({ ...valid, replyDueOn: "" }).replyDueOn).toBeUndefined();
    const blank = ZSaveLetter.safeParse({ ...valid, sender: "  ", kind: "cnil" });
    expect(blank.error?.issues.map((issue) => issue.path.join("."))).toEqual(["kind", "sender"]);
  });

  it("a template with an unknown variable or broken syntax is refused on its field", () => {
    const result = ZSaveLetterTemplate.safeParse({ kind: "gdpr_access", title: "Objet {{tool.name}}", body: "{{#hasFlags}}sans fin" });
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([["body", "letters.templates.errors.unclosedSection"]]);
    const unknown = ZSaveLetterTemplate.safeParse({ kind: "gdpr_access", title: "{{employer.siret}}", body: "ok" });
    expect(unknown.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([["title", "letters.templates.errors.unknownVariable"]]);
  });
});

describe("the admin's variable reference", () => {
  it("explains every variable of the catalogue in French and English", async () => {
    const { MESSAGES } = await import("@/messages");
    const { LETTER_VARIABLES } = await import("./variables");
    for (const locale of ["fr", "en"] as const) {
      const help = (MESSAGES[locale].letters as { variableHelp: Record<string, unknown> }).variableHelp;
      const at = (group: string, path: string) => path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], help[group]);
      for (const name of LETTER_VARIABLES.scalars) expect(at("scalars", name), `${locale} ${name}`).toEqual(expect.any(String));
      for (const name of LETTER_VARIABLES.booleans) expect(at("booleans", name), `${locale} ${name}`).toEqual(expect.any(String));
      for (const name of Object.keys(LETTER_VARIABLES.lists)) expect(at("lists", name), `${locale} ${name}`).toEqual(expect.any(String));
    }
  });
});
