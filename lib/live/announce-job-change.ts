// Tells every open browser that may see the job that it changed (trash, restore), through the
// same ordered event log and bus the job engine uses, so feeds and galleries update live.
import "server-only";
import { recordJobEvent } from "@/lib/trusted/engine/record-job-event";
import { publishJobEvent } from "@/lib/jobs/event-bus";

export async function announceJobChange(jobId: string): Promise<void> {
  const event = await recordJobEvent(jobId);
  if (event) publishJobEvent(event);
}
