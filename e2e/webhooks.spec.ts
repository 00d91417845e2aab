import { expect, test } from "@playwright/test";

// The production server's webhook fast path (scripts/server.ts, lib/server/webhook-fast-path.ts), as a vendor reaches it.
test.describe("[WEBHOOKS]", () => {
  test("a forged token gets 404 and a huge body 413, with no session needed", async ({ request }) => {
    const forged = await request.post("/api/webhooks/forged-token-forged-token-000", { data: { status: "SUCCESS", jobId: "x" } });
    expect(forged.status()).toBe(404);
    expect(await forged.json()).toEqual({ error: "Unknown webhook." });
    const odd = await request.post("/api/webhooks/..%2F..%2Fetc", { data: {} });
    expect(odd.status()).toBe(404);
    const huge = await request.post("/api/webhooks/forged-token-forged-token-000", { data: "x".repeat(300 * 1024) });
    expect(huge.status()).toBe(413);
  });

  test("other methods on the webhook path are not treated as callbacks", async ({ request }) => {
    const response = await request.get("/api/webhooks/forged-token-forged-token-000");
    expect(response.status()).toBe(405);
  });
});
