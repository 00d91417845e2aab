import { describe, expect, it } from "vitest";
import { rateLimitedFetch } from "./rate-limited-fetch";

describe("rateLimitedFetch", () => {
  it("waits for the limiter before every request to the vendor's origin, and only those", async () => {
    const order: string[] = [];
    const inner = (async (input: Parameters<typeof fetch>[0]) => {
      order.push(`fetch ${String(input)}`);
      return new Response("{}");
    }) as typeof fetch;
    const limited = rateLimitedFetch(inner, "https://api.vendor.test/mj", async () => {
      order.push("take");
    });
    await limited("https://api.vendor.test/mj/task/1/fetch");
    await limited(new URL("https://api.vendor.test/mj/image/1"));
    await limited("https://cdn.discordapp.com/attachments/1.png");
    expect(order).toEqual([
      "take",
      "fetch https://api.vendor.test/mj/task/1/fetch",
      "take",
      "fetch https://api.vendor.test/mj/image/1",
      "fetch https://cdn.discordapp.com/attachments/1.png",
    ]);
  });
});
