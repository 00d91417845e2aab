// In-process publish/subscribe of job changes. Kept on globalThis because Next.js bundles
// instrumentation and route handlers separately: both must see the same bus.
import { EventEmitter } from "node:events";
import type { JobEventRow } from "@/lib/data/events/job-event-row";

const globalForBus = globalThis as unknown as { atelierJobBus?: EventEmitter };
const bus = (globalForBus.atelierJobBus ??= new EventEmitter().setMaxListeners(0));

export function publishJobEvent(event: JobEventRow): void {
  bus.emit("job", event);
}

export function subscribeJobEvents(listener: (event: JobEventRow) => void): () => void {
  bus.on("job", listener);
  return () => bus.off("job", listener);
}

/** Subscribers right now (one per open live stream, plus the engine's own): leaks show up here. */
export function jobEventListenerCount(): number {
  return bus.listenerCount("job");
}
