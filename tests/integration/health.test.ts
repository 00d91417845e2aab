import "./support/test-env";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { checkHealth } from "@/lib/data/health/check-health";

afterAll(async () => db.$disconnect());

describe("GET /api/health's check", () => {
  it("finds the database reachable and every migration shipped for it applied (SQLite's or PostgreSQL's own)", async () => {
    expect(await checkHealth()).toEqual({ ok: true, database: "reachable", schema: "current", pendingMigrations: [], storage: "reachable" });
  });
});
