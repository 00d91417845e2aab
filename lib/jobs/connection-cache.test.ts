import { describe, expect, it, vi } from "vitest";
import { ConnectionCache } from "./connection-cache";
import { fakeConnection } from "./fake-engine-store";

describe("connection cache", () => {
  it("reads a connection once per TTL, and again at once after forget()", async () => {
    let now = 0;
    const getConnection = vi.fn(async (id: string) => fakeConnection({ id }));
    const cache = new ConnectionCache({ getConnection }, 1_000, () => now);
    await cache.get("a");
    await cache.get("a");
    expect(getConnection).toHaveBeenCalledTimes(1);
    now = 1_001;
    await cache.get("a");
    expect(getConnection).toHaveBeenCalledTimes(2);
    cache.forget("a");
    await cache.get("a");
    expect(getConnection).toHaveBeenCalledTimes(3);
  });
});
