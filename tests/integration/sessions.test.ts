import "./support/test-env";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// Only next-auth's cookie decoding is replaced; the session row check and the user re-read are real.
const session = vi.hoisted(() => ({ current: null as null | { uid: string; sv: number; sid?: string } }));
vi.mock("next-auth", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next-auth")>()),
  getServerSession: async () => session.current,
}));

import { db } from "@/lib/db";
import { authOptions } from "@/lib/auth/options";
import { changePasswordAction } from "@/lib/actions/change-password-action";
import { imagineAction } from "@/lib/actions/imagine-action";
import { setUserPasswordAction } from "@/lib/actions/set-user-password-action";
import { ensureFirstAdmin, FIRST_ADMIN_FILE } from "@/lib/trusted/bootstrap/ensure-first-admin";
import { createUser } from "@/lib/trusted/users/create-user";
import { getSignedInUser } from "@/lib/data/users/get-signed-in-user";
import { dataDir } from "@/lib/runtime-paths";
import { services } from "@/lib/server/services";
import { GET as jobsRoute } from "@/app/api/jobs/route";
import { sessionFor } from "./support/session-for";

const PASSWORD = "integration-password";
let n = 0;
async function person(role: "ADMIN" | "MEMBER" = "MEMBER") {
  const email = `sessions-${process.pid}-${++n}@int.test`;
  const { id } = await createUser({ email, password: PASSWORD, role, teamName: "Sessions" });
  return { id, email };
}

type Credentials = { authorize: (raw: Record<string, string>, req: { headers: Record<string, string> }) => Promise<{ id: string; sid?: string } | null> };
const credentials = () => (authOptions.providers[0] as unknown as { options: Credentials }).options;
const jobsStatus = async () => (await jobsRoute(new Request("http://x/api/jobs"))).status;

beforeAll(async () => {
  // The first admin, as a fresh install without ADMIN_EMAIL/ADMIN_PASSWORD makes them.
  delete process.env.ADMIN_EMAIL;
  delete process.env.ADMIN_PASSWORD;
  await ensureFirstAdmin();
});
afterAll(async () => {
  session.current = null;
});

describe("[H11.13] server-side sessions", () => {
  it("a sign-in creates a session carried in the JWT, with the browser and the stamped address", async () => {
    const { id, email } = await person();
    services().clientIpStamped = true;
    const user = await credentials().authorize(
      { email, password: PASSWORD },
      { headers: { "user-agent": "Firefox/140", "x-atelier-client-ip": "192.0.2.44" } },
    );
    expect(user?.sid).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await db.session.findUniqueOrThrow({ where: { id: user!.sid! } })).toMatchObject({
      userId: id,
      userAgent: "Firefox/140",
      ip: "192.0.2.44",
      revokedAt: null,
    });
    const token = await authOptions.callbacks!.jwt!({ token: {}, user: user as never, account: null } as never);
    expect(token).toMatchObject({ uid: id, sid: user!.sid });
  });

  it("sign-out revokes the session: the same cookie is refused afterwards", async () => {
    const someone = await person();
    session.current = await sessionFor(someone);
    expect(await jobsStatus()).toBe(200);
    await authOptions.events!.signOut!({ token: { uid: someone.id, sid: session.current!.sid }, session: {} as never });
    expect(await jobsStatus()).toBe(401);
    expect(await getSignedInUser(session.current!)).toBeNull();
  });

  it("a token without a session id (issued before sessions existed) is refused", async () => {
    const someone = await person();
    session.current = { uid: someone.id, sv: 0 };
    expect(await jobsStatus()).toBe(401);
  });

  it("changing one's password needs the current one and ends the other sessions, not this one", async () => {
    const someone = await person();
    const other = await sessionFor(someone);
    session.current = await sessionFor(someone);
    expect((await changePasswordAction({ currentPassword: "wrong-password", newPassword: "brand-new-password", confirm: "brand-new-password" })).error).toBe(
      "The current password is not right.",
    );
    expect((await changePasswordAction({ currentPassword: PASSWORD, newPassword: "brand-new-password", confirm: "different-password" })).error).toMatch(
      /do not match/,
    );
    expect(await changePasswordAction({ currentPassword: PASSWORD, newPassword: "brand-new-password", confirm: "brand-new-password" })).toEqual({
      data: { endedSessions: 1 },
    });
    expect(await jobsStatus()).toBe(200);
    expect(await getSignedInUser(other!)).toBeNull();
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "user.password_changed", actorId: someone.id } });
    expect(audit.details).not.toContain("brand-new-password");
  });

  it("an admin setting a new password ends all of that person's sessions and logs no password", async () => {
    const admin = await person("ADMIN");
    const someone = await person();
    const theirs = await sessionFor(someone);
    session.current = await sessionFor(admin);
    const result = await setUserPasswordAction({ userId: someone.id, password: "set-by-the-admin-1", mustChange: true });
    expect(result.data).toEqual({ email: someone.email, endedSessions: 1 });
    expect(await getSignedInUser(theirs!)).toBeNull();
    const row = await db.user.findUniqueOrThrow({ where: { id: someone.id } });
    expect(row.mustChangePassword).toBe(true);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "user.password_set", targetId: someone.id } });
    expect(JSON.parse(audit.details)).toMatchObject({ email: someone.email, mustChange: true });
    expect(JSON.stringify(await db.auditLog.findMany())).not.toContain("set-by-the-admin-1");
    expect((await setUserPasswordAction({ userId: admin.id, password: "my-own-new-one-1", mustChange: false })).error).toMatch(/from your menu/);
  });

  it("the first admin's generated password must be changed before anything else; first-admin.txt is deleted then", async () => {
    const file = path.join(dataDir(), FIRST_ADMIN_FILE);
    const generated = /password: (\S+)/.exec(fs.readFileSync(file, "utf8"))![1];
    const admin = await db.user.findFirstOrThrow({ where: { role: "ADMIN", email: "admin@atelier.local" } });
    expect(admin.mustChangePassword).toBe(true);
    session.current = await sessionFor(admin);
    expect(await jobsStatus()).toBe(403);
    expect((await imagineAction({ prompt: "a cat" })).error).toMatch(/Choose your own password first/);
    expect(await changePasswordAction({ currentPassword: generated, newPassword: "the-admins-own-password", confirm: "the-admins-own-password" })).toEqual({
      data: { endedSessions: 0 },
    });
    expect(fs.existsSync(file)).toBe(false);
    expect(await jobsStatus()).toBe(200);
  });
});
