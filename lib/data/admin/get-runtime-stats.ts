import "server-only";
import { jobEventListenerCount } from "@/lib/jobs/event-bus";
import { assertAdmin } from "@/lib/data/users/assert-admin";
import type { SessionUser } from "@/lib/data/users/get-session-user";

export interface RuntimeStats {
  /** Open live-update streams (bus listeners) in this process: a leak shows up as a number that only grows. */
  liveListeners: number;
  rssBytes: number;
  heapUsedBytes: number;
  uptimeSeconds: number;
}

/** This server process's live-stream and memory figures, for admins and the abuse benchmark. */
export function getRuntimeStats(actor: Pick<SessionUser, "role">): RuntimeStats {
  assertAdmin(actor);
  const memory = process.memoryUsage();
  return { liveListeners: jobEventListenerCount(), rssBytes: memory.rss, heapUsedBytes: memory.heapUsed, uptimeSeconds: Math.round(process.uptime()) };
}
