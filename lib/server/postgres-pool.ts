// This process's one pool of PostgreSQL connections: Prisma's driver adapter (lib/db.ts) and the
// parts that speak SQL to PostgreSQL themselves (the webhook inbox, the shared rate limit) use it,
// so a process holds one bounded set of connections whatever it does.
import pg from "pg";
import { services } from "./services";

/** Connections per process; several processes share PostgreSQL's max_connections (100 by default). */
const POOL_SIZE = 10;

export function postgresPool(url: string): pg.Pool {
  const existing = services().postgresPool;
  if (existing) return existing;
  // allowExitOnIdle: idle pooled connections must not keep a finished process alive (a CLI call
  // hung 30 s, until they timed out); the server stays up by its own listening socket.
  const pool = new pg.Pool({ connectionString: url, max: POOL_SIZE, idleTimeoutMillis: 30_000, connectionTimeoutMillis: 10_000, allowExitOnIdle: true });
  // An idle connection the server dropped (a restart, a failover) must not crash the process: the
  // pool discards it and the next query opens a new one.
  pool.on("error", (error) => console.error("[atelier] idle PostgreSQL connection failed:", error.message));
  services().postgresPool = pool;
  return pool;
}
