import { describe, expect, it } from "vitest";
import type { JobEventRow } from "@/lib/data/events/job-event-row";
import { decodeNotifyPayload, encodeNotifyPayload, MAX_NOTIFY_BYTES } from "./job-event-notify-payload";

const row = (id: number, jobId = `cmjob${id}`): JobEventRow => ({ id, jobId, teamId: "cmteam", userId: "cmuser", private: id % 2 === 0 });

describe("job event NOTIFY payloads", () => {
  it("packs as many events as fit under the limit, in order, and they decode back", () => {
    const queue = Array.from({ length: 200 }, (_, i) => row(i + 1));
    const { payload, count } = encodeNotifyPayload("origin-1", queue);
    expect(count).toBeGreaterThan(20);
    expect(count).toBeLessThan(200);
    expect(Buffer.byteLength(payload)).toBeLessThanOrEqual(MAX_NOTIFY_BYTES);
    // One more event would not have fitted.
    expect(Buffer.byteLength(payload) + JSON.stringify(queue[count]).length + 1).toBeGreaterThan(MAX_NOTIFY_BYTES);
    expect(decodeNotifyPayload(payload)).toEqual({ origin: "origin-1", events: queue.slice(0, count) });
  });

  it("sends an event that does not fit alone as its id, counting multi-byte characters as bytes", () => {
    const big = row(7, "é".repeat(4_000)); // 4,000 characters, 8,000 bytes
    expect(encodeNotifyPayload("o", [big, row(8)])).toEqual({ payload: JSON.stringify({ o: "o", id: 7 }), count: 1 });
    expect(decodeNotifyPayload(JSON.stringify({ o: "o", id: 7 }))).toEqual({ origin: "o", id: 7 });
  });

  it("rejects anything else on the channel", () => {
    for (const text of [undefined, "", "hello", "42", "null", '{"es":[]}', '{"o":1,"es":[]}', '{"o":"x","es":[{"id":"1"}]}', '{"o":"x","id":1.5}']) {
      expect(decodeNotifyPayload(text)).toBeNull();
    }
  });
});
