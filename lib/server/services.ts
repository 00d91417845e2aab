// The composition root's one container: everything a server process has exactly one of.
//
// It lives on ONE globalThis key because Next.js bundles instrumentation (which starts the
// engine), route handlers and server actions separately, and the production entry
// (scripts/server.ts) is loaded apart from all of them: each has its own copy of every module,
// so a module-level cache in one is invisible to the others (an action clearing the vendor-client
// cache would clear its own copy, not the engine's). Every copy of this module reads the same
// object, and `next dev`'s module reloading does not start a second engine or database client.
//
// Slots that need server-only modules to build (the database, the engine, the sweepers, the
// webhook inbox) are filled by the modules that own them on first use; this file only types them.
import { EventEmitter } from "node:events";
import type { PrismaClient } from "@prisma/client";
import type { Pool } from "pg";
import type { BuiltinVendor } from "@/lib/builtin-vendor/builtin-vendor";
import type { WebhookInbox } from "@/lib/data/webhooks/webhook-inbox";
import { RateLimiter } from "@/lib/jobs/rate-limiter";
import type { VendorRateLimiter } from "@/lib/jobs/vendor-rate-limiter";
import type { JobEventBridge } from "@/lib/live/job-event-bridge";
import type { JobEngine } from "@/lib/jobs/job-engine";
import type { RetentionSweeper } from "@/lib/maintenance/retention-sweeper";
import { VendorClientCache } from "./vendor-client-cache";

export interface Services {
  /** The Prisma client (lib/db.ts creates it on first use). */
  db?: PrismaClient;
  /** PostgreSQL connections (lib/server/postgres-pool.ts), when DATABASE_URL is PostgreSQL. */
  postgresPool?: Pool;
  /** Job changes, published by the engine and actions, read by live streams (lib/jobs/event-bus.ts). */
  readonly bus: EventEmitter;
  /** Set on PostgreSQL with several processes: publishJobEvent goes through it (lib/live/pg-job-event-bridge.ts). */
  jobEventBridge?: JobEventBridge;
  /**
   * One token bucket per vendor connection, shared by every caller of a vendor: in memory
   * (lib/jobs/rate-limiter.ts), or shared by all processes on PostgreSQL (lib/jobs/pg-rate-limiter.ts),
   * which boot installs BEFORE any vendor client is built (clients keep the limiter they were given).
   */
  rateLimiter: VendorRateLimiter;
  /** Vendor clients by connection id, for the engine; actions clear entries when an admin edits a connection. */
  readonly vendorClients: VendorClientCache;
  /** This process's job engine, once started (lib/jobs/engine-instance.ts). */
  engine?: JobEngine;
  /** Where vendor callbacks are stored (lib/data/webhooks/webhook-inbox-instance.ts opens it on the first one). */
  webhookInbox?: WebhookInbox;
  /** The simulator served at /sim (lib/builtin-vendor/builtin-vendor.ts creates it on first use). */
  builtinVendor?: BuiltinVendor;
  retentionSweeper?: RetentionSweeper;
  uploadSweeper?: NodeJS.Timeout;
  /** Set by the production entry, which stamps the client address on every request (lib/http/client-ip.ts). */
  clientIpStamped: boolean;
}

const KEY = Symbol.for("atelier.services");
type Holder = { [KEY]?: Services };

function createServices(): Services {
  return {
    bus: new EventEmitter().setMaxListeners(0),
    rateLimiter: new RateLimiter(),
    vendorClients: new VendorClientCache(),
    clientIpStamped: false,
  };
}

/** This process's services, created on first use by whichever bundle asks first. */
export function services(): Services {
  const holder = globalThis as Holder;
  return (holder[KEY] ??= createServices());
}
