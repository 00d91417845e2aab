// Copies every object of one store into another (a local image folder into a bucket).
// Resumable: an object already at the destination with the same size is skipped, so a run that
// was interrupted (or failed half way) is finished by running it again, copying nothing twice.
// Keys are content-addressed (lib/jobs/ingest/store-job-image.ts), so equal size means the object
// is the one copied before, not a different one.
import type { ImageStorage, StoredObjectEntry } from "./image-storage";

export type MigrateOutcome = "copied" | "skipped" | "failed";

export interface MigrateEvent {
  key: string;
  outcome: MigrateOutcome;
  size: number;
  error?: string;
}

export interface MigrateResult {
  copied: number;
  skipped: number;
  failed: number;
  /** Bytes copied (or, in a dry run, that would be). */
  bytes: number;
  /** True when it gave up after too many failures in a row (the rest was not tried). */
  stopped?: boolean;
}

export interface MigrateOptions {
  from: ImageStorage;
  to: ImageStorage;
  /** Count what would be copied, copy nothing. */
  dryRun?: boolean;
  /** Objects in flight at once. */
  concurrency?: number;
  onObject?: (event: MigrateEvent) => void;
  /** Give up after this many failures in a row (default 20): the bucket is gone, not one object bad. */
  maxConsecutiveFailures?: number;
}

const CONTENT_TYPES: Record<string, string> = { png: "image/png", jpg: "image/jpeg", jpeg: "image/jpeg", webp: "image/webp", gif: "image/gif" };

export function contentTypeForKey(key: string): string {
  return CONTENT_TYPES[key.split(".").pop()?.toLowerCase() ?? ""] ?? "application/octet-stream";
}

export async function migrateStore(options: MigrateOptions): Promise<MigrateResult> {
  const result: MigrateResult = { copied: 0, skipped: 0, failed: 0, bytes: 0, stopped: false };
  const entries = options.from.list("")[Symbol.asyncIterator]();
  // Workers share one listing; an async generator hands each next() its own entry.
  const maxFailures = options.maxConsecutiveFailures ?? 20;
  let failuresInARow = 0;
  const worker = async () => {
    while (!result.stopped) {
      const next = await entries.next();
      if (next.done) return;
      const event = await migrateOne(options, next.value);
      result[event.outcome]++;
      if (event.outcome === "copied") result.bytes += event.size;
      failuresInARow = event.outcome === "failed" ? failuresInARow + 1 : 0;
      if (failuresInARow >= maxFailures) result.stopped = true;
      options.onObject?.(event);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 4) }, worker));
  return result;
}

async function migrateOne(options: MigrateOptions, entry: StoredObjectEntry): Promise<MigrateEvent> {
  const { key, size } = entry;
  try {
    const there = await options.to.stat(key);
    if (there && there.size === size) return { key, outcome: "skipped", size };
    if (options.dryRun) return { key, outcome: "copied", size };
    const bytes = await options.from.read(key);
    if (!bytes) return { key, outcome: "failed", size, error: "it disappeared from the source while copying" };
    await options.to.put(key, bytes, contentTypeForKey(key));
    return { key, outcome: "copied", size: bytes.length };
  } catch (error) {
    return { key, outcome: "failed", size, error: error instanceof Error ? error.message || error.name : String(error) };
  }
}
