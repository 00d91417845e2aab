// The text a job event travels as in a PostgreSQL NOTIFY (pure, no I/O). It carries the sending
// process's origin id, so a bridge can ignore its own events when they come back to it.
import type { JobEventRow } from "@/lib/data/events/job-event-row";

/**
 * PostgreSQL refuses a NOTIFY payload of 8000 bytes or more (in the default build). A job event is
 * about 150 bytes, but ids are strings a migration could lengthen: past this size only the event's
 * id is sent and the receivers read the row from the JobEvent table.
 */
export const MAX_NOTIFY_BYTES = 7_900;

export type NotifyPayload = { origin: string; event: JobEventRow } | { origin: string; id: number };

export function encodeNotifyPayload(origin: string, event: JobEventRow): string {
  const full = JSON.stringify({ o: origin, e: event });
  if (Buffer.byteLength(full, "utf8") <= MAX_NOTIFY_BYTES) return full;
  return JSON.stringify({ o: origin, id: event.id });
}

function isJobEventRow(value: unknown): value is JobEventRow {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    Number.isSafeInteger(v.id) && typeof v.jobId === "string" && typeof v.teamId === "string" && typeof v.userId === "string" && typeof v.private === "boolean"
  );
}

/** The payload, or null when it is not one of ours (anyone may NOTIFY on the channel). */
export function decodeNotifyPayload(text: string | undefined): NotifyPayload | null {
  if (!text) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof parsed !== "object" || parsed === null) return null;
  const p = parsed as Record<string, unknown>;
  if (typeof p.o !== "string") return null;
  if (isJobEventRow(p.e)) return { origin: p.o, event: { id: p.e.id, jobId: p.e.jobId, teamId: p.e.teamId, userId: p.e.userId, private: p.e.private } };
  if (Number.isSafeInteger(p.id)) return { origin: p.o, id: p.id as number };
  return null;
}
