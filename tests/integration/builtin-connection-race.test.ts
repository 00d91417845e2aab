import "./support/test-env";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ensureBuiltinConnection } from "@/lib/trusted/connections/ensure-builtin-connection";

afterAll(async () => db.$disconnect());

// Issue 13: studio processes started together on one PostgreSQL each make sure the built-in
// connection exists at boot. The second one's insert hit the unique name and its boot failed:
// the process never answered (the scale-out test caught it in CI).
describe("the built-in connection, when several studio processes boot at once", () => {
  it("is created once, and no boot fails", async () => {
    await Promise.all([ensureBuiltinConnection(), ensureBuiltinConnection(), ensureBuiltinConnection()]);
    expect(await db.vendorConnection.count({ where: { builtin: true } })).toBe(1);
  });
});
