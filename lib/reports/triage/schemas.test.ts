import { describe, expect, it } from "vitest";

import {
  caseValuesFromReport,
  excerpt,
  inboxHref,
  parseInboxQuery,
  ZChangeReportStatus,
  ZReplyToReporter,
  REP_MESSAGE_MAX,
  ZCaseFromReport,
} from "@/lib/reports/triage/schemas";

const REPORT_ID = "6f1c1f0e-3b7a-4a59-9a57-2a4f7f1d9b10";

describe("inbox query", () => {
  it("defaults to the open reports, first page, every employer", () => {
    expect(parseInboxQuery({})).toEqual({ status: "open", employer: undefined, page: 1 });
  });

  it("reads a status, an employer or the unknown employers, and a page", () => {
    expect(parseInboxQuery({ status: "needs_info", employer: REPORT_ID, page: "3" })).toEqual({ status: "needs_info", employer: REPORT_ID, page: 3 });
    expect(parseInboxQuery({ status: "all", employer: "unknown" })).toMatchObject({ status: "all", employer: "unknown" });
  });

  it("drops bad and empty values instead of failing", () => {
    expect(parseInboxQuery({ status: "deleted", employer: "'; drop table", page: "-2" })).toEqual({ status: "open", employer: undefined, page: 1 });
    expect(parseInboxQuery({ status: "", employer: "", page: "" })).toEqual({ status: "open", employer: undefined, page: 1 });
    expect(parseInboxQuery({ status: ["closed", "new"] }).status).toBe("closed");
  });

  it("builds short links that parse back to the same query", () => {
    expect(inboxHref({ status: "open", page: 1 })).toBe("/reports");
    const query = { status: "closed" as const, employer: REPORT_ID, page: 2 };
    const href = inboxHref(query);
    expect(parseInboxQuery(Object.fromEntries(new URL(href, "http://x").searchParams))).toEqual(query);
    expect(inboxHref(query, { page: 1 })).toBe(`/reports?status=closed&employer=${REPORT_ID}`);
  });
});

describe("triage inputs", () => {
  it("only offers the statuses that need no target", () => {
    expect(ZChangeReportStatus.safeParse({ reportId: REPORT_ID, toStatus: "closed" }).success).toBe(true);
    const linked = ZChangeReportStatus.safeParse({ reportId: REPORT_ID, toStatus: "linked" });
    expect(linked.error?.issues[0]?.message).toBe("reports.validation.statusRequired");
  });

  it("refuses an empty or oversized reply, on the body", () => {
    const empty = ZReplyToReporter.safeParse({ reportId: REPORT_ID, body: "   " });
    expect(empty.error?.issues[0]).toMatchObject({ path: ["body"], message: "reports.validation.messageRequired" });
    const long = ZReplyToReporter.safeParse({ reportId: REPORT_ID, body: "a".repeat(REP_MESSAGE_MAX + 1) });
    expect(long.error?.issues[0]).toMatchObject({ path: ["body"], message: "validation.tooLong" });
    expect(ZReplyToReporter.parse({ reportId: REPORT_ID, body: " Merci " })).toEqual({ reportId: REPORT_ID, body: "Merci", askForInformation: false });
  });

  it("checks a case from a report like any case, plus the report id", () => {
    const result = ZCaseFromReport.safeParse({ reportId: "nope", employerId: REPORT_ID });
    const paths = result.error?.issues.map((issue) => issue.path.join(".")) ?? [];
    expect(paths).toEqual(expect.arrayContaining(["reportId", "toolId", "localName"]));
  });
});

describe("excerpt", () => {
  it("keeps short texts whole and flattens whitespace", () => {
    expect(excerpt("Un outil\n\nqui  note les appels")).toBe("Un outil qui note les appels");
  });

  it("cuts long texts at a word, with an ellipsis", () => {
    const text = "Le logiciel écoute les appels des conseillers et attribue une note de conformité au script à chaque appel";
    const cut = excerpt(text, 40);
    expect(cut.endsWith("…")).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(41);
    expect(text.startsWith(cut.slice(0, -1))).toBe(true);
    expect(cut).toBe("Le logiciel écoute les appels des…");
  });
});

describe("case form values from a report", () => {
  it("prefills the employer, the description, the concerns, the day and the source, never the tool", () => {
    const values = caseValuesFromReport({
      ok: true,
      reportId: REPORT_ID,
      submittedOn: "2026-10-02",
      employer: { id: "0b6f4a8e-9f57-4d3b-a7a3-5e5a1c0d2f11", legalName: "Banque" },
      description: "Note les appels",
      concerns: ["surveillance"],
      localName: "Scorix",
    });
    expect(values).toEqual({
      employerId: "0b6f4a8e-9f57-4d3b-a7a3-5e5a1c0d2f11",
      localName: "Scorix",
      description: "Note les appels",
      concerns: ["surveillance"],
      firstKnownOn: "2026-10-02",
      source: "member_report",
    });
    expect(values).not.toHaveProperty("toolId");
  });
});
