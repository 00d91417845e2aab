// The engine of this server process, in the services container (lib/server/services.ts) so that
// route handlers, actions and instrumentation (bundled separately by Next.js) all reach the same
// one, and the same vendor-client cache.
import { createHash } from "node:crypto";
import os from "node:os";
import { databaseProvider } from "@/lib/database-url";
import { dataDir } from "@/lib/runtime-paths";
import { env } from "@/lib/env";
import { getVendorClientForConnection } from "@/lib/trusted/connections/get-vendor-client-for-connection";
import { announceJobChange } from "@/lib/live/announce-job-change";
import { prismaEngineStore } from "@/lib/trusted/engine";
import { newWebhookToken } from "@/lib/trusted/engine/webhook-token";
import { readUpload } from "@/lib/uploads/image-upload";
import { services } from "@/lib/server/services";
import type { VendorClient } from "@/lib/vendors/types";
import { ingestJobImages } from "./ingest/ingest-job-images";
import { IngestError } from "./ingest/ingest-error";
import { JobEngine, type EngineOptions } from "./job-engine";

/** This studio process's identity across its restarts: its host, port and data folder (EngineOptions.instance). */
function processInstance(port: number): string {
  return createHash("sha256").update(`${os.hostname()}\n${port}\n${dataDir()}`).digest("hex").slice(0, 12);
}

/** Vendor clients are cached briefly: a key or address changed by an admin applies within 30 s. */
function clientFor(connectionId: string): Promise<VendorClient> {
  return services().vendorClients.get(connectionId, getVendorClientForConnection);
}

/** An admin changed a connection: its next use reads the new key, address and limits. */
export function forgetVendorClient(connectionId: string): void {
  const { vendorClients, engine } = services();
  vendorClients.forget(connectionId);
  engine?.forgetConnection(connectionId);
}

export function createJobEngine(overrides: Partial<EngineOptions> = {}): JobEngine {
  const e = env();
  return new JobEngine(
    {
      store: prismaEngineStore,
      clientFor,
      announce: announceJobChange,
      newWebhookToken,
      uploads: { read: readUpload },
      ingest: (job, snapshot, client) => ingestJobImages({ jobId: job.id, kind: job.kind, action: job.action, params: job.params, snapshot, client }),
      isRetryableIngestError: (error) => error instanceof IngestError && error.retryable,
    },
    {
      pollIntervalMs: e.POLL_INTERVAL_MS,
      jobTimeoutMs: e.JOB_TIMEOUT_S * 1000,
      publicUrl: e.PUBLIC_URL,
      // On PostgreSQL several studio processes (one engine each) may share the database.
      sharedDatabase: databaseProvider() === "postgresql",
      instance: processInstance(e.PORT),
      ...overrides,
    },
  );
}

/** Starts this process's engine (once). */
export function startJobEngine(overrides: Partial<EngineOptions> = {}): JobEngine {
  const all = services();
  if (!all.engine) {
    all.engine = createJobEngine(overrides);
    all.engine.start();
  }
  return all.engine;
}

export function getJobEngine(): JobEngine | undefined {
  return services().engine;
}
