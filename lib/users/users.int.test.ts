import { describe, expect, it } from "vitest";

import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { prisma } from "@/lib/db";
import { acceptInvite, findUsableInvite } from "@/lib/users/accept-invite";
import { changeOwnPassword } from "@/lib/users/change-password";
import { createUser } from "@/lib/users/create-user";
import { attachEmployer, changeRole, detachEmployer, resetCredentials, setUserActive } from "@/lib/users/manage-user";
import { getUser, listUsers } from "@/lib/users/queries";
import { ZCreateUser } from "@/lib/users/schemas";
import { createActor, createEmployer, snapshot, TEST_PASSWORD } from "@/tests/factories";
import { testUnion } from "@/tests/factories/unions";
import { expectAppError } from "@/tests/setup/expect-app-error";
import { fromClient } from "@/tests/setup/client-headers";

const headers = fromClient("10.9.9.9");
/** A new rep of the test union (present at every factory employer), unless overridden. */
const input = async (overrides: Partial<Parameters<typeof ZCreateUser.parse>[0]> = {}) =>
  ZCreateUser.parse({ email: "nouvelle.rep@vigie.test", name: "Nouvelle Rep", role: "rep", credential: "password", unionId: await testUnion(), ...overrides });

describe("admin creates accounts", () => {
  it("with a one-time password that signs in once and must be changed", async () => {
    const admin = await createActor("admin");
    const employer = await createEmployer();
    const created = await createUser(admin, await input({ employerIds: [employer.id] }));
    expect(created.oneTimePassword).toMatch(/^[A-Za-z2-9]{5}(-[A-Za-z2-9]{5}){3}$/);

    const signIn = await verifyCredentials({ email: "nouvelle.rep@vigie.test", password: created.oneTimePassword }, headers);
    expect(signIn.status).toBe("ok");
    const row = await prisma.user.findUniqueOrThrow({ where: { id: created.id }, include: { employers: true } });
    expect(row).toMatchObject({ role: "rep", mustChangePassword: true, unionId: await testUnion() });
    expect(row.employers.map((assignment) => assignment.employerId)).toEqual([employer.id]);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: created.id, action: "user.create" } });
    expect(JSON.stringify(audit.changes)).not.toContain(created.oneTimePassword!);
  });

  it("with an invitation link that works once, before it expires", async () => {
    const admin = await createActor("admin");
    const created = await createUser(admin, await input({ credential: "invite" }));
    const token = created.inviteToken!;
    expect(await findUsableInvite(token)).toMatchObject({ email: "nouvelle.rep@vigie.test" });
    expect(await verifyCredentials({ email: "nouvelle.rep@vigie.test", password: "anything-at-all" }, headers)).toEqual({ status: "invalid" });

    await acceptInvite({ token, newPassword: "Une phrase de passe solide", confirmPassword: "Une phrase de passe solide" });
    expect((await verifyCredentials({ email: "nouvelle.rep@vigie.test", password: "Une phrase de passe solide" }, headers)).status).toBe("ok");
    await expectAppError(acceptInvite({ token, newPassword: "Encore une autre phrase", confirmPassword: "Encore une autre phrase" }), "invalid");
    const invites = await prisma.invite.findMany({ where: { userId: created.id } });
    expect(invites.every((invite) => invite.tokenHash !== token && invite.usedAt !== null)).toBe(true);
  });

  it("refuses an expired invitation", async () => {
    const admin = await createActor("admin");
    const created = await createUser(admin, await input({ credential: "invite" }));
    await prisma.invite.updateMany({ where: { userId: created.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await findUsableInvite(created.inviteToken!)).toBeNull();
    await expectAppError(
      acceptInvite({ token: created.inviteToken!, newPassword: "Une phrase de passe solide", confirmPassword: "Une phrase de passe solide" }),
      "invalid",
    );
  });

  it("refuses a taken e-mail or an unknown employer on the field, writing nothing", async () => {
    const admin = await createActor("admin");
    const before = await snapshot("users");
    await expectAppError(createUser(admin, await input({ email: admin.email })), "conflict", "email");
    await expectAppError(createUser(admin, await input({ employerIds: ["00000000-0000-4000-8000-000000000000"] })), "invalid", "employerIds");
    expect(await snapshot("users")).toEqual(before);
  });
});

describe("a rep's union", () => {
  it("is required for a rep, on the field, before anything is written", () => {
    const result = ZCreateUser.safeParse({ email: "r@vigie.test", name: "R", role: "rep", credential: "password", unionId: "" });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([expect.objectContaining({ path: ["unionId"], message: "unions.validation.repNeedsUnion" })]);
    expect(ZCreateUser.parse({ email: "v@vigie.test", name: "V", role: "viewer", credential: "password", unionId: "" }).unionId).toBeNull();
  });

  it("must be present at each of the rep's employers: created, attached and promoted reps alike", async () => {
    const admin = await createActor("admin");
    const other = await testUnion("Autre syndicat", "AUTRE");
    const shared = await createEmployer({ unionIds: [await testUnion(), other] });
    const ownOnly = await createEmployer();
    const tables = await Promise.all([snapshot("users"), snapshot("employer_assignments")]);

    await expectAppError(createUser(admin, await input({ unionId: other, employerIds: [shared.id, ownOnly.id] })), "invalid", "employerIds");
    await expectAppError(createUser(admin, await input({ unionId: "00000000-0000-4000-8000-000000000000" })), "invalid", "unionId");
    expect(await Promise.all([snapshot("users"), snapshot("employer_assignments")])).toEqual(tables);

    const created = await createUser(admin, await input({ unionId: other, employerIds: [shared.id] }));
    expect(await prisma.user.findUniqueOrThrow({ where: { id: created.id }, select: { unionId: true } })).toEqual({ unionId: other });
    expect((await getUser(admin, created.id)).union).toEqual({ id: other, shortName: "AUTRE" });
    await expectAppError(attachEmployer(admin, { userId: created.id, employerId: ownOnly.id }), "invalid", "employerId");

    // A viewer becomes a rep only with a union present at their employers.
    const instanceWide = await createActor("viewer", { unionId: null });
    await expectAppError(changeRole(admin, { userId: instanceWide.id, role: "rep" }), "invalid", "role");
    const viewer = await createActor("viewer", { unionId: other, employerIds: [ownOnly.id] });
    await expectAppError(changeRole(admin, { userId: viewer.id, role: "rep" }), "invalid", "role");
    expect(await prisma.user.findMany({ where: { id: { in: [instanceWide.id, viewer.id] } }, select: { role: true } })).toEqual([{ role: "viewer" }, { role: "viewer" }]);
  });
});

describe("only admins manage accounts", () => {
  it.each(["rep", "viewer"] as const)("a %s can neither list, create nor change accounts, and nothing changes", async (role) => {
    const employer = await createEmployer();
    const actor = await createActor(role, { employerIds: [employer.id] });
    const target = await createActor("rep");
    const tables = await Promise.all([snapshot("users"), snapshot("employer_assignments"), snapshot("invites")]);

    await expectAppError(listUsers(actor), "forbidden");
    await expectAppError(getUser(actor, target.id), "forbidden");
    await expectAppError(createUser(actor, await input()), "forbidden");
    await expectAppError(changeRole(actor, { userId: target.id, role: "admin" }), "forbidden");
    await expectAppError(changeRole(actor, { userId: actor.id, role: "admin" }), "forbidden");
    await expectAppError(attachEmployer(actor, { userId: target.id, employerId: employer.id }), "forbidden");
    await expectAppError(detachEmployer(actor, { userId: actor.id, employerId: employer.id }), "forbidden");
    await expectAppError(setUserActive(actor, { userId: target.id, active: false }), "forbidden");
    await expectAppError(resetCredentials(actor, { userId: target.id, credential: "password" }), "forbidden");

    expect(await Promise.all([snapshot("users"), snapshot("employer_assignments"), snapshot("invites")])).toEqual(tables);
  });

  it("an admin cannot demote or deactivate themselves", async () => {
    const admin = await createActor("admin");
    await expectAppError(changeRole(admin, { userId: admin.id, role: "viewer" }), "forbidden");
    await expectAppError(setUserActive(admin, { userId: admin.id, active: false }), "forbidden");
  });

  it("an unknown user id answers not found", async () => {
    const admin = await createActor("admin");
    await expectAppError(getUser(admin, "00000000-0000-4000-8000-000000000000"), "not_found");
    await expectAppError(changeRole(admin, { userId: "00000000-0000-4000-8000-000000000000", role: "rep" }), "not_found");
  });
});

describe("admin changes access", () => {
  it("attaches and detaches employers, and records who did it", async () => {
    const admin = await createActor("admin");
    const rep = await createActor("rep");
    const employer = await createEmployer();
    await attachEmployer(admin, { userId: rep.id, employerId: employer.id });
    await attachEmployer(admin, { userId: rep.id, employerId: employer.id });
    expect((await getUser(admin, rep.id)).employers).toEqual([{ id: employer.id, legalName: employer.legalName }]);
    await detachEmployer(admin, { userId: rep.id, employerId: employer.id });
    expect((await getUser(admin, rep.id)).employers).toEqual([]);
    const trail = await prisma.auditEvent.findMany({ where: { entityId: rep.id }, orderBy: { id: "asc" } });
    expect(trail.map((event) => [event.action, event.actorId])).toEqual([
      ["user.attach-employer", admin.id],
      ["user.detach-employer", admin.id],
    ]);
  });

  it("deactivation blocks sign-in; reactivation restores it", async () => {
    const admin = await createActor("admin");
    const rep = await createActor("rep");
    await setUserActive(admin, { userId: rep.id, active: false });
    expect(await verifyCredentials({ email: rep.email, password: TEST_PASSWORD }, headers)).toEqual({ status: "invalid" });
    await setUserActive(admin, { userId: rep.id, active: true });
    expect((await verifyCredentials({ email: rep.email, password: TEST_PASSWORD }, headers)).status).toBe("ok");
  });

  it("a new invitation replaces the password and revokes older links", async () => {
    const admin = await createActor("admin");
    const rep = await createActor("rep");
    const first = await resetCredentials(admin, { userId: rep.id, credential: "invite" });
    const second = await resetCredentials(admin, { userId: rep.id, credential: "invite" });
    expect(await findUsableInvite(first.inviteToken!)).toBeNull();
    expect(await findUsableInvite(second.inviteToken!)).not.toBeNull();
    expect(await verifyCredentials({ email: rep.email, password: TEST_PASSWORD }, headers)).toEqual({ status: "invalid" });
  });
});

describe("changing one's own password", () => {
  it("needs the current password, then ends older sessions and clears the one-time flag", async () => {
    const rep = await createActor("rep");
    await prisma.user.update({ where: { id: rep.id }, data: { mustChangePassword: true } });
    const before = await snapshot("users");
    await expectAppError(
      changeOwnPassword(rep, { currentPassword: "not-my-password", newPassword: "Nouvelle phrase de passe", confirmPassword: "Nouvelle phrase de passe" }),
      "invalid",
      "currentPassword",
    );
    expect(await snapshot("users")).toEqual(before);

    await changeOwnPassword(rep, { currentPassword: TEST_PASSWORD, newPassword: "Nouvelle phrase de passe", confirmPassword: "Nouvelle phrase de passe" });
    const row = await prisma.user.findUniqueOrThrow({ where: { id: rep.id } });
    expect(row).toMatchObject({ mustChangePassword: false, sessionVersion: 1 });
    expect((await verifyCredentials({ email: rep.email, password: "Nouvelle phrase de passe" }, headers)).status).toBe("ok");
  });
});
