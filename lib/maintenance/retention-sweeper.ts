// The periodic retention sweep (issue 11 item 18), started with the job engine in each server
// process: first a minute after start (never in the way of start-up), then every hour. Several
// processes sweeping one database is harmless: the deletes are idempotent.
import { pruneExpiredRecords, type SweepResult } from "@/lib/trusted/retention/prune-expired-records";
import { services } from "@/lib/server/services";

export interface RetentionSweeper {
  /** Sweeps now (unless a sweep is running); the result, or null when it did not run or failed. */
  runNow(): Promise<SweepResult | null>;
  stop(): void;
}

export function startRetentionSweeper(options: { firstDelayMs?: number; intervalMs?: number } = {}): RetentionSweeper {
  const all = services();
  if (all.retentionSweeper) return all.retentionSweeper;
  const { firstDelayMs = 60_000, intervalMs = 60 * 60_000 } = options;
  let running = false;
  let interval: NodeJS.Timeout | undefined;

  const runNow = async (): Promise<SweepResult | null> => {
    if (running) return null;
    running = true;
    try {
      const result = await pruneExpiredRecords();
      const { audit, webhookEvents, jobEvents, rateCounters } = result.removed;
      if (audit + webhookEvents + jobEvents + rateCounters > 0) {
        console.log(
          `[retention] removed ${audit} audit rows, ${webhookEvents} webhook callbacks, ${jobEvents} live-update events, ${rateCounters} rate counters`,
        );
      }
      return result;
    } catch (error) {
      console.error("[retention] sweep failed (next try in an hour):", error);
      return null;
    } finally {
      running = false;
    }
  };

  const first = setTimeout(() => {
    void runNow();
    interval = setInterval(() => void runNow(), intervalMs);
    interval.unref?.();
  }, firstDelayMs);
  first.unref?.();

  const sweeper: RetentionSweeper = {
    runNow,
    stop() {
      clearTimeout(first);
      clearInterval(interval);
      if (all.retentionSweeper === sweeper) all.retentionSweeper = undefined;
    },
  };
  all.retentionSweeper = sweeper;
  return sweeper;
}
