import { describe, expect, it } from "vitest";

import { ZEmployerInput } from "@/lib/employers/schemas";
import { isValidSiren } from "@/lib/employers/siren";

describe("isValidSiren", () => {
  it.each([
    ["552120222", true], // a well-known valid SIREN
    ["732829320", true],
    ["356000000", true], // La Poste, the documented exception
    ["552120223", false], // wrong check digit
    ["55212022", false], // 8 digits
    ["5521202220", false], // 10 digits
    ["55212022a", false],
    ["", false],
  ])("%s → %s", (siren, expected) => {
    expect(isValidSiren(siren)).toBe(expected);
  });
});

describe("ZEmployerInput", () => {
  const base = { legalName: "Banque Horizon", sector: "banque" };

  it("normalises optional fields: spaces in SIREN, padded IDCC, blanks to null", () => {
    expect(ZEmployerInput.parse({ ...base, siren: "552 120 222", idcc: "86", groupName: " ", headcountBand: "" })).toEqual({
      ...base,
      siren: "552120222",
      idcc: "0086",
      groupName: null,
      headcountBand: null,
    });
  });

  it.each([
    [{ ...base, siren: "552120223" }, "siren", "validation.siren"],
    [{ ...base, idcc: "12345" }, "idcc", "validation.idcc"],
    [{ ...base, sector: "industrie" }, "sector", "validation.sector"],
    [{ ...base, legalName: "" }, "legalName", "validation.required"],
    [{ ...base, legalName: "x".repeat(201) }, "legalName", "validation.tooLong"],
    [{ ...base, headcountBand: "12" }, "headcountBand", "validation.headcountBand"],
  ])("puts the error on the field (%#)", (input, field, message) => {
    const result = ZEmployerInput.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues).toContainEqual(expect.objectContaining({ path: [field], message }));
  });
});
