// In-process publish/subscribe of job changes. The emitter is the services container's, because
// Next.js bundles instrumentation and route handlers separately: both must see the same bus.
import type { JobEventRow } from "@/lib/data/events/job-event-row";
import { services } from "@/lib/server/services";

const bus = () => services().bus;

export function publishJobEvent(event: JobEventRow): void {
  bus().emit("job", event);
}

export function subscribeJobEvents(listener: (event: JobEventRow) => void): () => void {
  bus().on("job", listener);
  return () => bus().off("job", listener);
}

/** Subscribers right now (one per open live stream, plus the engine's own): leaks show up here. */
export function jobEventListenerCount(): number {
  return bus().listenerCount("job");
}
