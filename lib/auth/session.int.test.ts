import { describe, expect, it } from "vitest";

import { resolveSessionUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db";
import { changeRole, setUserActive } from "@/lib/users/manage-user";
import { createActor, createEmployer } from "@/tests/factories";

describe("resolveSessionUser: the JWT alone never grants access", () => {
  it("returns the user with role and employers read from the database", async () => {
    const employer = await createEmployer();
    const rep = await createActor("rep", { employerIds: [employer.id] });
    const resolved = await resolveSessionUser({ userId: rep.id, sessionVersion: 0 });
    expect(resolved).toMatchObject({ id: rep.id, role: "rep", employerIds: [employer.id] });
  });

  it("refuses a session once the user is deactivated (next request)", async () => {
    const admin = await createActor("admin");
    const rep = await createActor("rep");
    await setUserActive(admin, { userId: rep.id, active: false });
    const sessionVersion = (await prisma.user.findUniqueOrThrow({ where: { id: rep.id } })).sessionVersion;
    expect(await resolveSessionUser({ userId: rep.id, sessionVersion: 0 })).toBeNull();
    // Even a token carrying the new version is refused while the account is deactivated.
    expect(await resolveSessionUser({ userId: rep.id, sessionVersion })).toBeNull();
  });

  it("refuses a token issued before a role change", async () => {
    const admin = await createActor("admin");
    const rep = await createActor("rep");
    await changeRole(admin, { userId: rep.id, role: "admin" });
    expect(await resolveSessionUser({ userId: rep.id, sessionVersion: 0 })).toBeNull();
    expect(await resolveSessionUser({ userId: rep.id, sessionVersion: 1 })).toMatchObject({ role: "admin" });
  });

  it("refuses unknown users and missing claims", async () => {
    expect(await resolveSessionUser({ userId: "00000000-0000-4000-8000-000000000000", sessionVersion: 0 })).toBeNull();
    expect(await resolveSessionUser(null)).toBeNull();
    expect(await resolveSessionUser({ userId: undefined, sessionVersion: 0 })).toBeNull();
  });
});
