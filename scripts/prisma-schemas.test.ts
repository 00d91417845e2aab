import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "..");

describe("one data model for both databases", () => {
  it("the checked-in PostgreSQL schema is generated from prisma/schema.prisma (run `npm run db:schemas` after editing it)", () => {
    expect(() => execFileSync(process.execPath, [path.join(root, "scripts", "prisma-schemas.mjs"), "--check"], { stdio: "pipe" })).not.toThrow();
  });

  it("differs from the SQLite schema only in the datasource and the generated client's folder", () => {
    const models = (file: string) => fs.readFileSync(path.join(root, file), "utf8").slice(fs.readFileSync(path.join(root, file), "utf8").indexOf("model User"));
    expect(models("prisma/postgresql/schema.prisma")).toBe(models("prisma/schema.prisma"));
  });

  it("every SQLite migration's tables and columns exist in the PostgreSQL migrations too", () => {
    const sql = (dir: string) =>
      fs
        .readdirSync(path.join(root, dir))
        .filter((name) => fs.existsSync(path.join(root, dir, name, "migration.sql")))
        .map((name) => fs.readFileSync(path.join(root, dir, name, "migration.sql"), "utf8"))
        .join("\n");
    const names = (text: string) => new Set([...text.matchAll(/CREATE TABLE "(\w+)"|ADD COLUMN "(\w+)"|^\s+"(\w+)" [A-Z]/gm)].map((m) => m[1] ?? m[2] ?? m[3]));
    const postgres = names(sql("prisma/postgresql/migrations"));
    const missing = [...names(sql("prisma/migrations"))].filter((name) => !postgres.has(name) && !name.startsWith("new_"));
    expect(missing).toEqual([]);
  });
});
