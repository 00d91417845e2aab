import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startScriptedServer, sendJson, type ScriptedServer } from "../testing/start-scripted-server";
import { expectVendorError as failure } from "../testing/expect-vendor-error";
import { defaultHttpDeps } from "./http-types";
import { requestWithRetries } from "./request-with-retries";

let server: ScriptedServer;
const deps = defaultHttpDeps({ retry: { attempts: 3, baseDelayMs: 1, maxDelayMs: 5 } });
const call = (idempotent: boolean, timeoutMs = 2000) => ({
  method: "POST" as const,
  url: `${server.url}/x`,
  headers: {},
  json: { a: 1 },
  timeoutMs,
  idempotent,
});

beforeAll(async () => {
  server = await startScriptedServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
});

describe("the shared HTTP layer", () => {
  it("retries a read on 5xx and returns the answer that finally succeeds", async () => {
    server.handle((_req, res) => (server.requests.length < 3 ? sendJson(res, 503, { message: "busy" }) : sendJson(res, 200, { ok: true })));
    const answer = await requestWithRetries(call(true), deps);
    expect(answer.status).toBe(200);
    expect(server.requests).toHaveLength(3);
  });

  it("retries a read on 429 and gives up after the last attempt with the last answer", async () => {
    server.handle((_req, res) => sendJson(res, 429, { message: "slow down" }, { "Retry-After": "0" }));
    const answer = await requestWithRetries(call(true), deps);
    expect(answer.status).toBe(429);
    expect(server.requests).toHaveLength(3);
  });

  it("never retries a submit, even on 5xx", async () => {
    server.handle((_req, res) => sendJson(res, 500, { message: "oops" }));
    const answer = await requestWithRetries(call(false), deps);
    expect(answer.status).toBe(500);
    expect(server.requests).toHaveLength(1);
  });

  it("turns a hung server into TIMEOUT; for a submit the outcome is unknown", async () => {
    server.handle(() => undefined);
    const submit = await failure(requestWithRetries(call(false, 200), deps));
    expect(submit).toMatchObject({ code: "TIMEOUT", outcomeUnknown: true });
    expect(server.requests).toHaveLength(1);
    server.requests.length = 0;
    const read = await failure(requestWithRetries(call(true, 200), deps));
    expect(read).toMatchObject({ code: "TIMEOUT", outcomeUnknown: false });
    expect(server.requests).toHaveLength(3);
  });

  it("marks a submit whose connection drops after sending as outcome unknown", async () => {
    server.handle((req, res) => res.socket?.destroy());
    const error = await failure(requestWithRetries(call(false), deps));
    expect(error).toMatchObject({ code: "NETWORK", outcomeUnknown: true });
    expect(server.requests).toHaveLength(1);
  });

  it("knows a refused connection never reached the vendor", async () => {
    const closed = await startScriptedServer();
    await closed.close();
    const error = await failure(requestWithRetries({ ...call(false), url: `${closed.url}/x` }, deps));
    expect(error).toMatchObject({ code: "NETWORK", outcomeUnknown: false });
    expect(error.message).toMatch(/ECONNREFUSED/);
  });

  it("does not follow redirects (a key header must not travel elsewhere)", async () => {
    server.handle((_req, res) => {
      res.writeHead(302, { Location: "https://elsewhere.example.com/x" });
      res.end();
    });
    const answer = await requestWithRetries(call(true), deps);
    expect(answer.status).toBe(302);
  });
});
