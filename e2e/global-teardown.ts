// After an end-to-end run on PostgreSQL: its database goes (SQLite's lives in the run's temp folder).
import { execFileSync } from "node:child_process";
import path from "node:path";

export default function teardown(): void {
  const url = process.env.E2E_POSTGRES_URL;
  if (url) execFileSync(process.execPath, [path.join(__dirname, "support", "postgres-database.mjs"), "drop", url], { stdio: "inherit" });
}
