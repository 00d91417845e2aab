import { describe, expect, it } from "vitest";
import { ConnectionLanes } from "./connection-lanes";

describe("ConnectionLanes", () => {
  it("runs one pass per connection at a time, while other connections run freely", async () => {
    const lanes = new ConnectionLanes();
    let release!: () => void;
    const hanging = new Promise<void>((r) => (release = r));
    expect(lanes.tryRun("slow", () => hanging)).toBe(true);
    expect(lanes.tryRun("slow", async () => undefined)).toBe(false);
    let otherRan = false;
    expect(lanes.tryRun("fast", async () => void (otherRan = true))).toBe(true);
    await new Promise((r) => setImmediate(r));
    expect(otherRan).toBe(true);
    expect(lanes.busy("fast")).toBe(false);
    expect(lanes.busy("slow")).toBe(true);
    release();
    await lanes.idle();
    expect(lanes.busy("slow")).toBe(false);
  });

  it("logs a failed pass and frees its lane", async () => {
    const lanes = new ConnectionLanes();
    lanes.tryRun("c", async () => Promise.reject(new Error("boom")));
    await lanes.idle();
    expect(lanes.tryRun("c", async () => undefined)).toBe(true);
  });
});
