import "./support/test-env";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { databaseProvider } from "@/lib/database-url";

afterAll(async () => db.$disconnect());

// The integration suite runs twice in `npm test`: once on SQLite, once with TEST_DATABASE=postgresql.
// This proves each run is on the database it claims to be (a misrouted run would pass silently).
describe("the database the integration tests run on", () => {
  it("is the one TEST_DATABASE names, reached through lib/db.ts", async () => {
    const wanted = process.env.TEST_DATABASE === "postgresql" ? "postgresql" : "sqlite";
    expect(databaseProvider()).toBe(wanted);
    if (wanted === "postgresql") {
      const [row] = await db.$queryRaw<{ version: string }[]>`SELECT version() AS version`;
      expect(row.version).toMatch(/^PostgreSQL/);
    } else {
      const [row] = await db.$queryRaw<{ version: string }[]>`SELECT sqlite_version() AS version`;
      expect(row.version).toMatch(/^3\./);
    }
  });
});
