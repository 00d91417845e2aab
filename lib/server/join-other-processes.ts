// On PostgreSQL, several studio processes may share the database (issue 13): this process's
// vendor rate limits become the database's shared token buckets, and its live-update bus is
// joined to every other process's through LISTEN/NOTIFY. Called at boot, before the engine starts
// or any vendor client is built (a client keeps the limiter it was built with). On SQLite (one
// process) nothing changes: in-memory buckets, an in-process bus.
import { postgresUrl } from "@/lib/database-url";
import { PgRateLimiter } from "@/lib/jobs/pg-rate-limiter";
import { installPgJobEventBridge } from "@/lib/live/install-job-event-bridge";
import { postgresPool } from "./postgres-pool";
import { services } from "./services";

export function joinOtherProcesses(): void {
  const url = postgresUrl();
  if (!url) return;
  const pool = postgresPool(url);
  const all = services();
  if (!(all.rateLimiter instanceof PgRateLimiter)) all.rateLimiter = new PgRateLimiter(pool);
  installPgJobEventBridge(pool, url);
}
