import "server-only";
import { db } from "@/lib/db";
import type { RetentionSettings } from "@/lib/schemas/retention";
import { readRetentionSettings } from "@/lib/data/retention/read-retention-settings";
import { LAST_SWEEP_KEY } from "@/lib/data/retention/retention-keys";

const DAY_MS = 24 * 60 * 60_000;

export interface SweepResult {
  at: string;
  removed: { audit: number; webhookEvents: number; jobEvents: number; rateCounters: number };
}

/**
 * Deletes ids in small batches, yielding to the event loop between them: SQLite writes are
 * synchronous here, and one DELETE of a million rows would hold the write lock (and the loop).
 */
async function inBatches(batchSize: number, nextIds: (take: number) => Promise<number[]>, remove: (ids: number[]) => Promise<number>): Promise<number> {
  let removed = 0;
  for (;;) {
    const ids = await nextIds(batchSize);
    if (ids.length === 0) return removed;
    removed += await remove(ids);
    if (ids.length < batchSize) return removed;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/**
 * Removes audit rows, webhook callbacks, live-update events and rate-limit counters older than
 * their retention (issue 11 item 18), and records what it did for the admin page.
 */
export async function pruneExpiredRecords(now = new Date(), settings?: RetentionSettings): Promise<SweepResult> {
  const keep = settings ?? (await readRetentionSettings());
  const before = (days: number) => new Date(now.getTime() - days * DAY_MS);

  const auditCutoff = before(keep.auditDays);
  const audit = await inBatches(
    2000,
    (take) =>
      db.auditLog.findMany({ where: { at: { lt: auditCutoff } }, select: { id: true }, orderBy: { id: "asc" }, take }).then((rows) => rows.map((r) => r.id)),
    (ids) => db.auditLog.deleteMany({ where: { id: { in: ids } } }).then((r) => r.count),
  );

  // Bodies are up to 256 KB each: smaller batches keep each delete short.
  const webhookCutoff = before(keep.webhookEventDays);
  const webhookEvents = await inBatches(
    200,
    (take) =>
      db.webhookEvent
        .findMany({ where: { receivedAt: { lt: webhookCutoff } }, select: { id: true }, orderBy: { id: "asc" }, take })
        .then((rows) => rows.map((r) => r.id)),
    (ids) => db.webhookEvent.deleteMany({ where: { id: { in: ids } } }).then((r) => r.count),
  );

  // The newest event always stays: it is the "ready" id a newly connected browser resumes from.
  const newest = await db.jobEvent.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
  const jobEventCutoff = before(keep.jobEventDays);
  const jobEvents = newest
    ? await inBatches(
        2000,
        (take) =>
          db.jobEvent
            .findMany({ where: { createdAt: { lt: jobEventCutoff }, id: { lt: newest.id } }, select: { id: true }, orderBy: { id: "asc" }, take })
            .then((rows) => rows.map((r) => r.id)),
        (ids) => db.jobEvent.deleteMany({ where: { id: { in: ids } } }).then((r) => r.count),
      )
    : 0;

  const rateCounters = (await db.rateCounter.deleteMany({ where: { windowStart: { lt: before(keep.rateCounterDays) } } })).count;

  const result: SweepResult = { at: now.toISOString(), removed: { audit, webhookEvents, jobEvents, rateCounters } };
  const value = JSON.stringify(result);
  await db.setting.upsert({ where: { key: LAST_SWEEP_KEY }, create: { key: LAST_SWEEP_KEY, value }, update: { value } });
  return result;
}
