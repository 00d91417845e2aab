// The engine of this server process, on globalThis so that route handlers, actions and
// instrumentation (bundled separately by Next.js) all reach the same one.
import { env } from "@/lib/env";
import { getVendorClientForConnection } from "@/lib/data/connections/get-vendor-client-for-connection";
import { announceJobChange } from "@/lib/live/announce-job-change";
import { prismaEngineStore } from "@/lib/trusted/engine";
import { newWebhookToken } from "@/lib/trusted/engine/webhook-token";
import { readUpload } from "@/lib/uploads/image-upload";
import type { VendorClient } from "@/lib/vendors/types";
import { ingestJobImages } from "./ingest/ingest-job-images";
import { IngestError } from "./ingest/ingest-error";
import { JobEngine, type EngineOptions } from "./job-engine";

const globalForEngine = globalThis as unknown as { atelierJobEngine?: JobEngine };

const CLIENT_TTL_MS = 30_000;
const clients = new Map<string, { client: VendorClient; expires: number }>();

/** Vendor clients are cached briefly: a key or address changed by an admin applies within 30 s. */
async function clientFor(connectionId: string): Promise<VendorClient> {
  const cached = clients.get(connectionId);
  if (cached && cached.expires > Date.now()) return cached.client;
  const client = await getVendorClientForConnection(connectionId);
  clients.set(connectionId, { client, expires: Date.now() + CLIENT_TTL_MS });
  return client;
}

/** An admin changed a connection: its next use reads the new key, address and limits. */
export function forgetVendorClient(connectionId: string): void {
  clients.delete(connectionId);
  globalForEngine.atelierJobEngine?.forgetConnection(connectionId);
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
      ingest: (job, snapshot, client) => ingestJobImages({ jobId: job.id, kind: job.kind, action: job.action, snapshot, client }),
      isRetryableIngestError: (error) => error instanceof IngestError && error.retryable,
    },
    { pollIntervalMs: e.POLL_INTERVAL_MS, jobTimeoutMs: e.JOB_TIMEOUT_S * 1000, publicUrl: e.PUBLIC_URL, ...overrides },
  );
}

/** Starts this process's engine (once). */
export function startJobEngine(overrides: Partial<EngineOptions> = {}): JobEngine {
  if (!globalForEngine.atelierJobEngine) {
    globalForEngine.atelierJobEngine = createJobEngine(overrides);
    globalForEngine.atelierJobEngine.start();
  }
  return globalForEngine.atelierJobEngine;
}

export function getJobEngine(): JobEngine | undefined {
  return globalForEngine.atelierJobEngine;
}
