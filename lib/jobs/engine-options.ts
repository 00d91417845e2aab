// What a JobEngine is built from (its ports) and how it is tuned. createJobEngine
// (engine-instance.ts) wires the production ones; tests pass their own options.
import type { TaskSnapshot, VendorClient } from "@/lib/vendors/types";
import type { EngineJob, EngineStore } from "./engine-store";
import type { UploadReader } from "./prepare-submit";

export interface EngineDeps {
  store: EngineStore;
  /** The connection's vendor client; every request it sends waits for the connection's rate limit. */
  clientFor(connectionId: string): Promise<VendorClient>;
  /** Records a job change in the event log and publishes it (announceJobChange). */
  announce(jobId: string): Promise<void>;
  /** A fresh webhook token and the hash the job stores. */
  newWebhookToken(): { token: string; hash: string };
  uploads: UploadReader;
  ingest(job: EngineJob, snapshot: TaskSnapshot, client: VendorClient): Promise<{ width?: number; height?: number }>;
  isRetryableIngestError(error: unknown): boolean;
}

export interface EngineOptions {
  pollIntervalMs: number;
  jobTimeoutMs: number;
  /** When set, vendors get webhook URLs under it; otherwise polling alone finishes jobs. */
  publicUrl?: string;
  tickMs?: number;
  /** How long a claimed submit may go unrenewed before recovery takes it for dead (renewed every third of it). */
  leaseMs?: number;
  /** The first pause before a failed recovery look-up is tried again (doubling up to 5 attempts). */
  recoveryBackoffMs?: number;
  /** Image ingests running at once in this process. */
  ingestConcurrency?: number;
  /**
   * How long a task may still read "waiting for input" after its submit or the engine's last
   * confirmation before the engine confirms again (New API shows the old status for up to 15 s).
   */
  modalGraceMs?: number;
  /**
   * Other studio processes' engines work on the same database (PostgreSQL). Then a due poll is
   * taken before it is sent, so one process polls a job, not each of them; and a submit another
   * engine owns is left to it until its lease runs out, also right after this one starts (on
   * SQLite, one engine per database, a start takes over every submit in doubt at once).
   */
  sharedDatabase?: boolean;
  /**
   * The same for every run of one studio process (host, PORT, DATA_DIR), different between
   * processes: a restarted process recognises the submits its crashed run left in doubt by it.
   */
  instance?: string;
}
