import { describe, expect, it } from "vitest";

import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { getEmployer, listEmployers } from "@/lib/employers/queries";
import { createEmployer as saveNewEmployer, updateEmployer } from "@/lib/employers/save-employer";
import { ZEmployerInput, ZUpdateEmployer } from "@/lib/employers/schemas";
import { createActor, createEmployer, snapshot, validSiren } from "@/tests/factories";

async function codeOf(promise: Promise<unknown>) {
  return promise.then(
    () => "resolved",
    (error: unknown) => (error instanceof AppError ? error.code : String(error)),
  );
}

describe("employer access", () => {
  it("a rep sees only the employers they are attached to", async () => {
    const mine = await createEmployer({ legalName: "Banque A" });
    const other = await createEmployer({ legalName: "Assureur B" });
    const rep = await createActor("rep", { employerIds: [mine.id] });

    expect((await listEmployers(rep)).map((employer) => employer.id)).toEqual([mine.id]);
    expect((await getEmployer(rep, mine.id)).legalName).toBe("Banque A");
    // A foreign id answers exactly like a missing one.
    expect(await codeOf(getEmployer(rep, other.id))).toBe("not_found");
    expect(await codeOf(getEmployer(rep, "00000000-0000-4000-8000-000000000000"))).toBe("not_found");
    expect(await codeOf(getEmployer(rep, "not-a-uuid"))).toBe("not_found");
  });

  it("a viewer reads no employer detail; an admin reads all", async () => {
    const employer = await createEmployer();
    const viewer = await createActor("viewer", { employerIds: [employer.id] });
    const admin = await createActor("admin");
    expect(await listEmployers(viewer)).toEqual([]);
    expect(await codeOf(getEmployer(viewer, employer.id))).toBe("not_found");
    expect((await listEmployers(admin)).map((row) => row.id)).toEqual([employer.id]);
  });

  it("reps and viewers cannot create or change employers, their own included", async () => {
    const employer = await createEmployer({ legalName: "Banque A" });
    const rep = await createActor("rep", { employerIds: [employer.id] });
    const viewer = await createActor("viewer");
    const before = await snapshot("employers");
    for (const actor of [rep, viewer]) {
      expect(await codeOf(saveNewEmployer(actor, ZEmployerInput.parse({ legalName: "Nouvelle", sector: "banque" })))).toBe("forbidden");
      expect(
        await codeOf(updateEmployer(actor, ZUpdateEmployer.parse({ id: employer.id, legalName: "Renommée", sector: "autre" }))),
      ).toBe("forbidden");
    }
    expect(await snapshot("employers")).toEqual(before);
  });
});

describe("admin edits employers", () => {
  it("records every changed field with before and after", async () => {
    const admin = await createActor("admin");
    const siren = validSiren();
    const { id } = await saveNewEmployer(admin, ZEmployerInput.parse({ legalName: "Banque Test", sector: "banque", siren }));
    await updateEmployer(admin, ZUpdateEmployer.parse({ id, legalName: "Banque Test SA", sector: "banque", siren, idcc: "2120" }));
    const trail = await prisma.auditEvent.findMany({ where: { entityId: id }, orderBy: { id: "asc" } });
    expect(trail.map((event) => event.action)).toEqual(["employer.create", "employer.update"]);
    expect(trail[1]?.changes).toEqual({
      legalName: { before: "Banque Test", after: "Banque Test SA" },
      idcc: { before: null, after: "2120" },
    });
  });

  it("refuses a SIREN already used, on the field, writing nothing", async () => {
    const admin = await createActor("admin");
    const siren = validSiren();
    await saveNewEmployer(admin, ZEmployerInput.parse({ legalName: "Premier", sector: "assurance", siren }));
    const before = await snapshot("employers");
    const error = await saveNewEmployer(admin, ZEmployerInput.parse({ legalName: "Second", sector: "assurance", siren })).catch((caught) => caught);
    expect(error).toMatchObject({ code: "conflict", field: "siren", messageKey: "validation.sirenTaken" });
    expect(await snapshot("employers")).toEqual(before);
  });

  it("answers not found for an unknown employer", async () => {
    const admin = await createActor("admin");
    expect(
      await codeOf(updateEmployer(admin, ZUpdateEmployer.parse({ id: "00000000-0000-4000-8000-000000000000", legalName: "X Y", sector: "autre" }))),
    ).toBe("not_found");
  });
});
