// Boot wiring for several processes on PostgreSQL: joins this process's bus to every other
// process's, so publishJobEvent (lib/jobs/event-bus.ts) reaches them all. Once per process;
// a second call returns the bridge already installed. Shutdown: `await services().jobEventBridge?.close()`
// before ending the pool.
import type pg from "pg";
import { services } from "@/lib/server/services";
import type { JobEventBridge } from "./job-event-bridge";
import { PgJobEventBridge } from "./pg-job-event-bridge";

/** `pool`: the services' shared pool; `databaseUrl`: DATABASE_URL, for the bridge's own LISTEN connection. */
export function installPgJobEventBridge(pool: pg.Pool, databaseUrl: string): JobEventBridge {
  const s = services();
  s.jobEventBridge ??= new PgJobEventBridge({ pool, listener: databaseUrl, bus: s.bus });
  return s.jobEventBridge;
}
