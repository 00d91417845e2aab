import "./support/test-env";
import { afterAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { ensureFirstAdmin } from "@/lib/trusted/bootstrap/ensure-first-admin";

afterAll(async () => db.$disconnect());

// Issue 13: replicas started together on one PostgreSQL each run the first-admin step. Without
// ADMIN_EMAIL/ADMIN_PASSWORD each generates a password and prints it: only one may win, or the
// operator signs in with a printed password another replica has already overwritten.
describe("the first admin, when several studio processes start at once", () => {
  it("is created once, by one of them, which alone prints a password", async () => {
    delete process.env.ADMIN_EMAIL;
    delete process.env.ADMIN_PASSWORD;
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    await Promise.all([ensureFirstAdmin(), ensureFirstAdmin(), ensureFirstAdmin()]);
    const printed = log.mock.calls.map((call) => String(call[0])).filter((line) => line.includes("password:"));
    log.mockRestore();
    expect(await db.user.count({ where: { role: "ADMIN" } })).toBe(1);
    expect(await db.team.count({ where: { name: "Studio" } })).toBe(1);
    expect(await db.membership.count()).toBe(1);
    expect(printed).toHaveLength(1);
  });
});
