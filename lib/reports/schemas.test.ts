import { describe, expect, it } from "vitest";

import { REPORT_LIMITS, reportFormValues, reportSubmissionFromFormData, ZReceiptInput, ZReporterMessage, ZReportSubmission } from "./schemas";

function formData(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const item of [value].flat()) data.append(name, item);
  return data;
}

describe("ZReportSubmission", () => {
  it("reads the form as the browser posts it, blanks as absent, and dedupes concerns", () => {
    const input = reportSubmissionFromFormData(
      formData({ employerId: "", employerName: " Banque ", site: "", whatItDoes: "  Il note nos appels.  ", staffInformed: "", concerns: ["surveillance", "surveillance"], website: "" }),
    );
    expect(ZReportSubmission.parse(input)).toEqual({
      employerId: null, employerName: "Banque", unionId: null, site: null, toolName: null, whatItDoes: "Il note nos appels.", howNoticed: null,
      staffInformed: "unknown", concerns: ["surveillance"], details: null, website: "",
    });
  });

  it("accepts an employer by id alone (JSON intake) and lower-cases it", () => {
    const parsed = ZReportSubmission.parse({ employerId: "7C9E6679-7425-40DE-944B-E07FC1F90AE7", whatItDoes: "Un outil de tri des sinistres" });
    expect(parsed.employerId).toBe("7c9e6679-7425-40de-944b-e07fc1f90ae7");
  });

  it("names every problem of an empty form at once, on its field", () => {
    const result = ZReportSubmission.safeParse(reportSubmissionFromFormData(formData({})));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["whatItDoes", "reportForm.validation.whatItDoesRequired"],
      ["employerName", "reportForm.validation.employerRequired"],
    ]);
  });

  it("enforces every size limit, the honeypot's included", () => {
    for (const field of ["employerName", "site", "toolName", "whatItDoes", "howNoticed", "details"] as const) {
      const result = ZReportSubmission.safeParse({ employerName: "Banque", whatItDoes: "Assez long pour passer", [field]: "x".repeat(REPORT_LIMITS[field] + 1) });
      expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([[field, "reportForm.validation.tooLong"]]);
    }
    expect(ZReportSubmission.safeParse({ employerName: "B", whatItDoes: "Assez long pour passer", website: "x".repeat(501) }).success).toBe(false);
  });

  it("reports a bad concern on the group, not on one box", () => {
    const result = ZReportSubmission.safeParse({ employerName: "B", whatItDoes: "Assez long pour passer", concerns: ["surveillance", "<script>"] });
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual(["concerns"]);
  });

  it("never echoes the honeypot back to the form", () => {
    const values = reportFormValues({ employerName: "B", whatItDoes: "x", website: "bot", concerns: ["surveillance", 3] });
    expect(values).not.toHaveProperty("website");
    expect(values.concerns).toEqual(["surveillance"]);
  });
});

describe("ZReceiptInput and ZReporterMessage", () => {
  it("normalizes a pasted receipt and refuses what cannot be one", () => {
    expect(ZReceiptInput.parse({ receipt: " 1234-5678 9012.3456 " })).toEqual({ receipt: "1234567890123456" });
    for (const receipt of ["", "1234 5678 9012 345", "abcd 5678 9012 3456", "1".repeat(65)]) {
      expect(ZReceiptInput.safeParse({ receipt }).error?.issues[0]?.message).toBe("reportForm.validation.receipt");
    }
  });

  it("requires a message within its limit", () => {
    expect(ZReporterMessage.safeParse({ body: "   " }).error?.issues[0]?.message).toBe("reportForm.validation.messageRequired");
    expect(ZReporterMessage.safeParse({ body: "x".repeat(REPORT_LIMITS.message + 1) }).error?.issues[0]?.message).toBe("reportForm.validation.tooLong");
    expect(ZReporterMessage.parse({ body: " Bonjour " })).toEqual({ body: "Bonjour" });
  });
});

describe("ZReportSubmission: the union chosen (issue 15)", () => {
  it("reads a chosen union id, lower-cased, and refuses anything else on its field", () => {
    const id = "0A273FCE-1BBF-4FF3-8877-38B03781847B";
    expect(ZReportSubmission.parse({ employerName: "Banque", unionId: id, whatItDoes: "Il note nos appels.", website: "" }).unionId).toBe(id.toLowerCase());
    const refused = ZReportSubmission.safeParse({ employerName: "Banque", unionId: "CGT", whatItDoes: "Il note nos appels.", website: "" });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.path).toEqual(["unionId"]);
  });
});
