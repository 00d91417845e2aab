// The one way a job change reaches live feeds: appended to the ordered event log (so
// reconnecting browsers catch up) and published on the bus. The engine (wired in
// lib/jobs/engine-instance.ts), actions (trash, restore, answers) and afterJobQueued all use it.
import "server-only";
import { recordJobEvent } from "@/lib/trusted/engine/record-job-event";
import { publishJobEvent } from "@/lib/jobs/event-bus";

export async function announceJobChange(jobId: string): Promise<void> {
  const event = await recordJobEvent(jobId);
  if (event) publishJobEvent(event);
}
