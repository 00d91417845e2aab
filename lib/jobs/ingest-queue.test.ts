import { describe, expect, it } from "vitest";
import { IngestQueue } from "./ingest-queue";

/** A piece of work that finishes when the test says so. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((r) => (open = r));
  return { open, work: () => opened };
}
const tick = () => new Promise((r) => setImmediate(r));

describe("IngestQueue", () => {
  it("runs at most `limit` ingests at once and starts the next as one ends, in order", async () => {
    const queue = new IngestQueue(2, 2);
    const gates = [gate(), gate(), gate()];
    const started: number[] = [];
    const done = gates.map((g, i) => queue.run(`c${i}`, () => (started.push(i), g.work())));
    await tick();
    expect(started).toEqual([0, 1]);
    expect(queue.stats).toEqual({ running: 2, waiting: 1 });
    gates[1].open();
    await tick();
    expect(started).toEqual([0, 1, 2]);
    gates[0].open();
    gates[2].open();
    await Promise.all(done);
    expect(queue.stats).toEqual({ running: 0, waiting: 0 });
  });

  it("keeps a slot free of a connection whose ingests crawl, for other connections", async () => {
    const queue = new IngestQueue(3, 2);
    const slow = [gate(), gate(), gate()];
    const started: string[] = [];
    slow.forEach((g, i) => void queue.run("slow", () => (started.push(`slow${i}`), g.work())));
    const other = queue.run("other", async () => void started.push("other"));
    await other;
    expect(started).toEqual(["slow0", "slow1", "other"]);
    slow[0].open();
    await tick();
    await tick();
    expect(started).toContain("slow2");
    slow[1].open();
    slow[2].open();
  });

  it("passes on the work's result and its error", async () => {
    const queue = new IngestQueue();
    await expect(queue.run("c", async () => 42)).resolves.toBe(42);
    await expect(queue.run("c", async () => Promise.reject(new Error("disk full")))).rejects.toThrow("disk full");
    expect(queue.stats.running).toBe(0);
  });
});
