import "./support/test-env";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { databaseProvider } from "@/lib/database-url";
import { createTestTeam, createTestUser } from "@/lib/data/images/test-fixtures";

afterAll(async () => db.$disconnect());

let team: { id: string };
let user: { id: string };

beforeAll(async () => {
  team = await createTestTeam();
  user = await createTestUser(team.id);
  const connection = await db.vendorConnection.create({
    data: { name: "plan", protocol: "ttapi", baseUrl: "http://127.0.0.1:9", keyCiphertext: "x", keyLast4: "0000" },
  });
  const start = Date.now() - 10_000_000;
  for (let batch = 0; batch < 8; batch++) {
    await db.job.createMany({
      data: Array.from({ length: 1000 }, (_, i) => ({
        teamId: team.id,
        userId: user.id,
        connectionId: connection.id,
        kind: "IMAGINE",
        status: "SUCCEEDED",
        createdAt: new Date(start + (batch * 1000 + i) * 1000),
        deletedAt: i % 50 === 0 ? new Date() : null,
      })),
    });
  }
  await db.$executeRawUnsafe(databaseProvider() === "postgresql" ? 'ANALYZE "Job"' : "ANALYZE");
}, 120_000);

// The shape of the gallery's first page (lib/data/jobs/list-jobs.ts, scope "team"), as Prisma sends it.
const FIRST_PAGE = `SELECT "id" FROM "Job" WHERE "teamId" IN ($1) AND ("userId" = $2 OR "visibility" = 'SHARED') AND "teamId" = $1
  AND "deletedAt" IS NULL ORDER BY "createdAt" DESC, "id" DESC LIMIT 61`;

describe("the gallery's page query, on 8,000 jobs of one team", () => {
  it("reads its page from an index in order, never the whole team's history sorted", async () => {
    if (databaseProvider() === "postgresql") {
      const rows = await db.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN ${FIRST_PAGE}`, team.id, user.id);
      const plan = rows.map((row) => row["QUERY PLAN"]).join("\n");
      expect(plan).toContain('Index Scan Backward using "Job_teamId_createdAt_id_live_idx"');
      expect(plan).not.toMatch(/Seq Scan|Sort/);
    } else {
      const sql = `EXPLAIN QUERY PLAN ${FIRST_PAGE.replace(/\$\d/g, "?")}`;
      const rows = await db.$queryRawUnsafe<{ detail: string }[]>(sql, team.id, user.id, team.id);
      const plan = rows.map((row) => row.detail).join("\n");
      expect(plan).toMatch(/USING INDEX Job_teamId_deletedAt_createdAt_idx/);
      expect(plan).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
    }
  });
});
