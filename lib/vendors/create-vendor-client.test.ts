import { describe, expect, it, vi } from "vitest";
import { createVendorClient } from "./create-vendor-client";

const config = { protocol: "ttapi" as const, profile: "generic" as const, baseUrl: "https://api.vendor.test", apiKey: "k", defaultMode: "fast" as const };

describe("createVendorClient with a rate limit", () => {
  it("takes a token before every request to the vendor, and offers untilReady() without taking one", async () => {
    const order: string[] = [];
    const limiter = {
      take: vi.fn(async () => void order.push("take")),
      untilAvailable: vi.fn(async () => void order.push("wait")),
    };
    const fetch = vi.fn(async () => {
      order.push("fetch");
      return new Response(JSON.stringify({ status: "SUCCESS", message: "", data: { jobId: "t1" } }), { headers: { "content-type": "application/json" } });
    });
    const client = createVendorClient(config, { deps: { fetch } }, { limiter, key: "conn-1", perMinute: 30 });
    await client.untilReady?.();
    await client.imagine({ prompt: "a fox", mode: "fast", notifyId: "n" }).catch(() => undefined);
    expect(limiter.untilAvailable).toHaveBeenCalledWith("conn-1", 30);
    expect(limiter.take).toHaveBeenCalledWith("conn-1", 30);
    expect(order.slice(0, 3)).toEqual(["wait", "take", "fetch"]);
  });

  it("without a rate limit, has no untilReady()", () => {
    expect(createVendorClient(config).untilReady).toBeUndefined();
  });
});
