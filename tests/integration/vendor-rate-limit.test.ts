// Issue 11 item 19: every call to a vendor goes through its connection's rate limit, whoever
// makes it (the engine, the prompt check, the seed look-up, the connection test), and they all
// share one budget of requests per connection in this process.
import "./support/test-env";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createConnection } from "@/lib/trusted/connections/create-connection";
import { testConnection } from "@/lib/data/connections/test-connection";
import { checkPrompt } from "@/lib/data/jobs/check-prompt";
import { getJobSeed } from "@/lib/data/jobs/get-job-seed";
import { getVendorClientForConnection } from "@/lib/trusted/connections/get-vendor-client-for-connection";
import { fixture } from "@/lib/vendors/fixtures/read-fixture";
import { sendJson, startScriptedServer, type ScriptedServer } from "@/lib/vendors/testing/start-scripted-server";
import { startHarness, type Harness } from "./support/harness";
import { imagine } from "./support/queue";
import { TEST_ACTOR } from "@/lib/testing/test-actor";

let h: Harness;
let vendor: ScriptedServer;

beforeAll(async () => {
  h = await startHarness({ webhooks: false });
  vendor = await startScriptedServer();
  vendor.handle((request, response) => {
    if (request.path.endsWith("/midjourney/status")) return sendJson(response, 200, fixture("ttapi-status.json"));
    if (request.path.endsWith("/promptCheck")) return sendJson(response, 200, fixture("ttapi-prompt-check-passed.json"));
    if (request.path.endsWith("/fetch")) return sendJson(response, 200, fixture("ttapi-fetch-success.json"));
    if (request.path.endsWith("/imagine")) return sendJson(response, 200, fixture("ttapi-submit-success.json"));
    if (request.path.endsWith(".png")) {
      response.writeHead(200, { "content-type": "image/png" });
      return response.end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    }
    return sendJson(response, 404, { status: "FAILED", message: "unknown" });
  });
});
afterAll(async () => {
  await h?.stop();
  await vendor?.close();
});

/** A TTAPI connection on the scripted vendor allowing `perMinute` requests (a burst of as many). */
async function limitedConnection(name: string, perMinute: number) {
  const connection = await createConnection({ name, protocol: "ttapi", baseUrl: vendor.url, apiKey: "scripted-key-0001", concurrency: 10 }, TEST_ACTOR);
  await db.vendorConnection.update({ where: { id: connection.id }, data: { rateLimitPerMin: perMinute } });
  return connection.id;
}

const admin = () => ({ id: h.alice.id, email: h.alice.email, role: "ADMIN" as const });
const settle = () => new Promise((r) => setTimeout(r, 1_500));

describe("[H11.19] every vendor call goes through the rate limiter", () => {
  it("[H11.19] the prompt check, the seed look-up and the connection test share the connection's limit", async () => {
    const connectionId = await limitedConnection("Three a minute", 3);
    const finishedJob = await db.job.create({
      data: {
        kind: "IMAGINE",
        prompt: "a seed to find",
        connectionId,
        teamId: h.alice.teamId,
        userId: h.alice.id,
        status: "SUCCEEDED",
        vendorTaskId: "f5850038-90a3-8a97-0476-107ea4b8dac4",
        submitState: "ACCEPTED",
      },
    });
    const before = vendor.requests.length;
    // Four calls at once against a limit of 3 per minute: the fourth must wait about 20 s.
    const calls = [
      testConnection(admin(), connectionId),
      checkPrompt(h.alice, "a red fox", connectionId),
      getJobSeed(h.alice, finishedJob.id),
      testConnection(admin(), connectionId),
    ];
    for (const call of calls) call.catch(() => undefined);
    await settle();
    expect(vendor.requests.length - before).toBe(3);
  });

  it("[H11.19] the engine and the admin pages draw on one limit per connection", async () => {
    const connectionId = await limitedConnection("Two a minute", 2);
    await testConnection(admin(), connectionId);
    await testConnection(admin(), connectionId);
    const before = vendor.requests.length;
    await imagine(h.engine, h.alice, "a patient submit", { connectionId });
    await settle();
    // Both requests of this minute were spent by the tests above: the submit waits its turn.
    expect(vendor.requests.slice(before).filter((r) => r.path.endsWith("/imagine"))).toHaveLength(0);
  });

  it("[H11.19] image downloads from the vendor's own origin wait for the limit too", async () => {
    const connectionId = await limitedConnection("One a minute", 1);
    await testConnection(admin(), connectionId);
    const before = vendor.requests.length;
    const client = await getVendorClientForConnection(connectionId);
    client.downloadImage(`${vendor.url}/files/grid.png`, 1024 * 1024).catch(() => undefined);
    await settle();
    // The minute's one request went to the connection test: the download waits its turn.
    expect(vendor.requests.slice(before).filter((r) => r.path.endsWith(".png"))).toHaveLength(0);
  });
});
