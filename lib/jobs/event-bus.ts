// In-process publish/subscribe of job changes. The emitter is the services container's, because
// Next.js bundles instrumentation and route handlers separately: both must see the same bus.
import type { JobEventRow } from "@/lib/data/events/job-event-row";
import { services } from "@/lib/server/services";

const bus = () => services().bus;

/** Emits on this process's bus; with a bridge installed (several processes), on every process's. */
export function publishJobEvent(event: JobEventRow): void {
  const bridge = services().jobEventBridge;
  if (bridge) bridge.publish(event);
  else bus().emit("job", event);
}

export function subscribeJobEvents(listener: (event: JobEventRow) => void): () => void {
  bus().on("job", listener);
  return () => bus().off("job", listener);
}

/** Subscribers right now (one per open live stream, plus the engine's own): leaks show up here. */
export function jobEventListenerCount(): number {
  return bus().listenerCount("job");
}
