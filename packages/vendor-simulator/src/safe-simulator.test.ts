// Issue 11 item 20: the simulator the studio serves on its production port must be as safe as
// the studio. Its describe-by-URL fetch must not be an SSRF, its files must not be guessable,
// and its test knobs must not be open to anyone who can reach the port.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_KEY, download, solidPng, startTestSimulator, ttapiSettled, type TestSimulator } from "./testing/sim-test-kit";

let sim: TestSimulator;
let target: http.Server;
let targetUrl = "";
const hits: string[] = [];

beforeAll(async () => {
  sim = await startTestSimulator();
  const png = await solidPng(64, 48, "#00ff00");
  // A server only the simulator's host can reach (a stand-in for an internal service).
  target = http.createServer((req, res) => {
    hits.push(req.url ?? "");
    if (req.url === "/redirect") {
      res.writeHead(302, { location: `${sim.server.origin}/sim/ttapi/midjourney/status` }).end();
      return;
    }
    res.writeHead(200, { "content-type": "image/png" }).end(png);
  });
  await new Promise<void>((resolve) => target.listen(0, "127.0.0.1", () => resolve()));
  targetUrl = `http://127.0.0.1:${(target.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await sim.close();
  await new Promise<void>((resolve) => target.close(() => resolve()));
});

async function rawControl(path: string, headers: Record<string, string> = {}, body?: unknown) {
  const response = await fetch(`${sim.server.url}/_control${path}`, {
    method: body === undefined ? "GET" : "POST",
    headers: { "content-type": "application/json", ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, text: await response.text() };
}

describe("the simulator on the production port", () => {
  it("[H20] /sim/_control refuses requests without the simulator's API key", async () => {
    expect((await rawControl("")).status).toBe(401);
    expect((await rawControl("/tasks")).status).toBe(401);
    expect((await rawControl("", {}, { latencyMs: 5000 })).status).toBe(401);
    expect((await rawControl("/reset", { authorization: "Bearer not-the-key" }, { tasks: true })).status).toBe(401);
    const allowed = await rawControl("", { authorization: `Bearer ${TEST_KEY}` });
    expect(allowed.status).toBe(200);
    expect(JSON.parse(allowed.text).settings.latencyMs).toBe(0);
  });

  it("[H20] describe by url does not fetch addresses outside the simulator (no SSRF)", async () => {
    hits.length = 0;
    const refused = await sim.ttapi("describe", { url: `${targetUrl}/internal.png` });
    expect(refused.json).toMatchObject({ status: "FAILED", code: -2 });
    expect(refused.json.message).toMatch(/url must point to the simulator's own files/);
    expect(hits).toEqual([]);
  });

  it("[H20] image file names carry an unguessable part", async () => {
    const submitted = await sim.ttapi("imagine", { prompt: "a lighthouse" });
    const jobId = submitted.json.data.jobId as string;
    const done = await ttapiSettled(sim, jobId);
    const name = new URL(done.data.cdnImage).pathname.split("/").pop() ?? "";
    expect(name).toMatch(new RegExp(`^${jobId}-[0-9a-f]{24}\\.png$`));
    expect((await download(done.data.cdnImage)).status).toBe(200);
    // Knowing the task id is not enough to read its pictures or its tiles.
    expect((await download(`${sim.server.url}/files/${jobId}.png`)).status).toBe(404);
    expect((await download(`${sim.server.url}/files/${jobId}-1.png`)).status).toBe(404);
    for (const tile of done.data.images as string[]) expect(tile).toMatch(/-[0-9a-f]{24}\.png$/);
  });

  it("describe by url still reads the simulator's own files", async () => {
    const grid = await ttapiSettled(sim, (await sim.ttapi("imagine", { prompt: "a harbour" })).json.data.jobId);
    const described = await sim.ttapi("describe", { url: grid.data.cdnImage });
    expect(described.json.status).toBe("SUCCESS");
    expect((await ttapiSettled(sim, described.json.data.jobId)).status).toBe("SUCCESS");
  });
});

describe("a simulator that may fetch loopback URLs (tests only)", () => {
  let loose: TestSimulator;
  beforeAll(async () => {
    loose = await startTestSimulator({ allowLoopbackUrls: true });
  });
  afterAll(async () => {
    await loose.close();
  });

  it("[H20] fetches a loopback picture but follows no redirect", async () => {
    hits.length = 0;
    const fetched = await loose.ttapi("describe", { url: `${targetUrl}/picture.png` });
    expect(fetched.json.status).toBe("SUCCESS");
    const redirected = await loose.ttapi("describe", { url: `${targetUrl}/redirect` });
    expect(redirected.json).toMatchObject({ status: "FAILED", code: -2 });
    expect(redirected.json.message).toMatch(/redirect/);
    expect(hits).toEqual(["/picture.png", "/redirect"]);
  });
});
