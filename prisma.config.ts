// Prisma CLI configuration: migrations run on the bundled WebAssembly schema engine
// through the better-sqlite3 driver adapter, so nothing is downloaded at install or migrate time.
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { databaseFile } from "./lib/runtime-paths";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  async adapter() {
    return new PrismaBetterSQLite3({ url: `file:${databaseFile()}` });
  },
});
