// What the services container holds when job events must reach other studio processes too
// (lib/jobs/event-bus.ts routes publishJobEvent through it when one is installed).
import type { JobEventRow } from "@/lib/data/events/job-event-row";

export interface JobEventBridge {
  /** Emits the event on this process's bus at once, and sends it to every other process. */
  publish(event: JobEventRow): void;
  /** Stops listening; the sends still in flight finish first. */
  close(): Promise<void>;
}
