// The text job events travel as in a PostgreSQL NOTIFY (pure, no I/O). It carries the sending
// process's origin id, so a bridge can ignore its own events when they come back to it, and as many
// events as fit: a bridge that publishes while its previous NOTIFY is still under way sends what
// piled up in one, so a burst costs a few round trips instead of one per event.
import type { JobEventRow } from "@/lib/data/events/job-event-row";

/**
 * PostgreSQL refuses a NOTIFY payload of 8000 bytes or more (in the default build). A job event is
 * about 150 bytes, but ids are strings a migration could lengthen: an event that does not fit alone
 * is sent as its id, and the receivers read the row from the JobEvent table.
 */
export const MAX_NOTIFY_BYTES = 7_900;

export type NotifyPayload = { origin: string; events: JobEventRow[] } | { origin: string; id: number };

/** The payload for the first events of `queue` that fit, and how many that is (at least 1). */
export function encodeNotifyPayload(origin: string, queue: readonly JobEventRow[]): { payload: string; count: number } {
  const head = JSON.stringify({ o: origin, es: [] }); // ends in "[]}": the events go between the brackets
  let bytes = Buffer.byteLength(head, "utf8");
  const parts: string[] = [];
  for (const event of queue) {
    const part = JSON.stringify(event);
    const added = Buffer.byteLength(part, "utf8") + (parts.length > 0 ? 1 : 0); // the comma
    if (bytes + added > MAX_NOTIFY_BYTES) break;
    parts.push(part);
    bytes += added;
  }
  if (parts.length === 0) return { payload: JSON.stringify({ o: origin, id: queue[0].id }), count: 1 };
  return { payload: `${head.slice(0, -2)}${parts.join(",")}]}`, count: parts.length };
}

function toJobEventRow(value: unknown): JobEventRow | null {
  if (typeof value !== "object" || value === null) return null;
  const v = value as Record<string, unknown>;
  const ok =
    Number.isSafeInteger(v.id) && typeof v.jobId === "string" && typeof v.teamId === "string" && typeof v.userId === "string" && typeof v.private === "boolean";
  return ok ? { id: v.id as number, jobId: v.jobId as string, teamId: v.teamId as string, userId: v.userId as string, private: v.private as boolean } : null;
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
  if (Array.isArray(p.es)) {
    const events = p.es.map(toJobEventRow);
    return events.every((e) => e !== null) ? { origin: p.o, events: events as JobEventRow[] } : null;
  }
  if (Number.isSafeInteger(p.id)) return { origin: p.o, id: p.id as number };
  return null;
}
