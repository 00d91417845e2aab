import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createVendorClient } from "../create-vendor-client";
import { fixture } from "../fixtures/read-fixture";
import { expectVendorError } from "../testing/expect-vendor-error";
import { sendJson, startScriptedServer, type ScriptedServer } from "../testing/start-scripted-server";
import type { VendorClient } from "../types";

let server: ScriptedServer;
let client: VendorClient;

beforeAll(async () => {
  server = await startScriptedServer();
  client = createVendorClient(
    { protocol: "ttapi", profile: "generic", baseUrl: `${server.url}/`, apiKey: "tt-key-1234", defaultMode: "relax", timeoutMs: 1500 },
    { deps: { retry: { attempts: 3, baseDelayMs: 1, maxDelayMs: 5 } }, pollIntervalMs: 5, waitTimeoutMs: 2000 },
  );
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
});

const submitted = { status: "SUCCESS", message: "", data: { jobId: "job-1" } };

describe("TTAPI adapter requests", () => {
  it("imagines with the key, mode, hook, notify_id and getUImages", async () => {
    server.handle((_req, res) => sendJson(res, 200, submitted));
    const result = await client.imagine({
      prompt: "a cat --ar 1:1",
      notifyId: "n-1",
      hookUrl: "https://studio.example.com/api/webhooks/t",
      imageRefs: ["https://img.example.com/a.png"],
      vendorTimeoutS: 100,
    });
    expect(result).toEqual({ taskId: "job-1" });
    const req = server.requests[0];
    expect(req.method).toBe("POST");
    expect(req.path).toBe("/midjourney/v1/imagine");
    expect(req.headers["tt-api-key"]).toBe("tt-key-1234");
    expect(req.headers["user-agent"]).toMatch(/Atelier/);
    expect(req.json()).toEqual({
      prompt: "https://img.example.com/a.png a cat --ar 1:1",
      mode: "relax",
      hookUrl: "https://studio.example.com/api/webhooks/t",
      notify_id: "n-1",
      timeout: 600, // relax: at least 600 s
      getUImages: true,
    });
  });

  it("sends actions by TTAPI name and refuses names TTAPI does not have", async () => {
    server.handle((_req, res) => sendJson(res, 200, submitted));
    await client.act({ parentTaskId: "p", action: { key: "zoom:1.5", label: "Zoom Out 1.5x", payload: "zoom_out_1_5" }, notifyId: "n" });
    expect(server.requests[0].json()).toEqual({ jobId: "p", action: "zoom_out_1_5", notify_id: "n", getUImages: true });
    const error = await expectVendorError(
      client.act({ parentTaskId: "p", action: { key: "x", label: "X", payload: "MJ::JOB::upsample::1::x" }, notifyId: "n" }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(server.requests).toHaveLength(1);
  });

  it("sends the Vary Region mask as bare base64 to /inpaint", async () => {
    server.handle((_req, res) => sendJson(res, 200, submitted));
    const mask = Buffer.from("mask-png-bytes");
    await client.varyRegion({ parentTaskId: "up-1", mask, prompt: "wearing sunglasses", notifyId: "n" });
    const body = server.requests[0].json();
    expect(server.requests[0].path).toBe("/midjourney/v1/inpaint");
    expect(body).toEqual({ jobId: "up-1", mask: mask.toString("base64"), prompt: "wearing sunglasses", notify_id: "n" });
    expect(String(body.mask)).not.toMatch(/^data:/);
  });

  it("blends and describes with the data: prefix TTAPI asks for there", async () => {
    server.handle((_req, res) => sendJson(res, 200, submitted));
    const png = "data:image/png;base64,iVBORw0KGgo=";
    await client.blend({ images: [png, png], dimensions: "PORTRAIT", notifyId: "n", mode: "turbo" });
    expect(server.requests[0].json()).toEqual({ imgBase64Array: [png, png], dimensions: "PORTRAIT", mode: "turbo", notify_id: "n", getUImages: true });
    await client.describe({ image: png, notifyId: "n" });
    expect(server.requests[1].json()).toEqual({ base64: png, notify_id: "n" });
    await client.describe({ image: "https://img.example.com/a.png", notifyId: "n" });
    expect(server.requests[2].json()).toEqual({ url: "https://img.example.com/a.png", notify_id: "n" });
  });

  it("fetches a task and tells a failed task from a failed request", async () => {
    server.handle((_req, res) => sendJson(res, 200, fixture("ttapi-callback-failed.json")));
    expect(await client.fetchTask("f5850038-90a3-8a97-0476-107ea4b8dac4")).toMatchObject({ status: "FAILED", failureReason: "failed" });
    expect(server.requests[0].json()).toEqual({ jobId: "f5850038-90a3-8a97-0476-107ea4b8dac4" });
    server.handle((_req, res) => sendJson(res, 200, { status: "FAILED", message: "job not found", data: null }));
    expect((await expectVendorError(client.fetchTask("nope"))).code).toBe("NOT_FOUND");
  });

  it("reads the seed through the /seed task", async () => {
    let fetches = 0;
    server.handle((req, res) => {
      if (req.path === "/midjourney/v1/seed") return sendJson(res, 200, { status: "SUCCESS", message: "", data: { jobId: "seed-job" } });
      const id = req.json().jobId;
      if (id === "done") return sendJson(res, 200, fixture("ttapi-callback-success.json"));
      fetches++;
      sendJson(
        res,
        200,
        fetches < 2 ? { status: "ON_QUEUE", jobId: id, data: { progress: "10" } } : { status: "SUCCESS", jobId: id, data: { actions: "seed", seed: "4242" } },
      );
    });
    expect(await client.seed("done")).toBe("4242");
    expect(server.requests.map((r) => r.path)).toEqual(["/midjourney/v1/fetch", "/midjourney/v1/seed", "/midjourney/v1/fetch", "/midjourney/v1/fetch"]);
  });

  it("checks prompts: banned words are an answer, a bad key is an error", async () => {
    server.handle((_req, res) => sendJson(res, 200, fixture("ttapi-prompt-check-banned.json")));
    expect(await client.promptCheck?.("a sexy girl")).toEqual({ ok: false, message: "banned prompt words：sexy" });
    server.handle((_req, res) => sendJson(res, 200, fixture("ttapi-prompt-check-passed.json")));
    expect(await client.promptCheck?.("a kitten")).toEqual({ ok: true, message: "Prompt verification successful." });
    server.handle((_req, res) => sendJson(res, 401, { status: "FAILED", message: "unauthorized", data: null }));
    expect((await expectVendorError(client.promptCheck!("a kitten"))).code).toBe("BAD_KEY");
  });

  it("checks the connection with GET /midjourney/status and reports each mode", async () => {
    server.handle((_req, res) => sendJson(res, 200, fixture("ttapi-status.json")));
    const check = await client.checkConnection();
    expect(server.requests[0]).toMatchObject({ method: "GET", path: "/midjourney/status" });
    expect(check.ok).toBe(true);
    expect(check.message).toMatch(/fast running \(about 46 s per task\); relax running \(about 39 s per task\); turbo running/);
    server.handle((_req, res) => sendJson(res, 200, { status: "FAILED", code: -3, message: "invalid key", data: null }));
    expect(await client.checkConnection()).toMatchObject({ ok: false, failureCode: "BAD_KEY" });
  });

  it("cannot find a task by notify id: the method is absent", () => {
    expect(client.findByNotifyId).toBeUndefined();
    expect(client.listTasks).toBeUndefined();
  });
});

describe("TTAPI errors", () => {
  it.each([
    [-1, "VENDOR_ERROR", /system error/],
    [-2, "BAD_REQUEST", /parameters/],
    [-3, "BAD_KEY", /API key/],
    [-4, "QUOTA", /balance/],
    [-5, "RATE_LIMITED", /too frequent/],
    [-6, "NOT_FOUND", /no task/],
    [-7, "MAINTENANCE", /maintenance/],
    [-8, "BAD_KEY", /banned/],
  ])("code %i -> %s", async (code, failureCode, message) => {
    server.handle((_req, res) => sendJson(res, 200, { status: "FAILED", code, message: "x", data: null }));
    const error = await expectVendorError(client.imagine({ prompt: "a cat", notifyId: "n" }));
    expect(error).toMatchObject({ code: failureCode, vendorCode: code, outcomeUnknown: false });
    expect(error.message).toMatch(message);
  });

  it("classifies banned prompts and parameter errors from TTAPI's words", async () => {
    server.handle((_req, res) => sendJson(res, 200, { status: "FAILED", message: "banned prompt words: [nude]", data: null }));
    expect((await expectVendorError(client.imagine({ prompt: "x", notifyId: "n" }))).code).toBe("BANNED_PROMPT");
    server.handle((_req, res) => sendJson(res, 400, fixture("ttapi-action-400.json")));
    const error = await expectVendorError(client.act({ parentTaskId: "p", action: { key: "upscale:1", label: "U1", payload: "upsample1" }, notifyId: "n" }));
    expect(error).toMatchObject({ code: "BAD_REQUEST", httpStatus: 400 });
    expect(error.message).toContain("'action' parameter error!");
  });

  it.each([
    [401, "BAD_KEY"],
    [403, "BAD_KEY"],
    [429, "RATE_LIMITED"],
    [500, "VENDOR_ERROR"],
  ])("HTTP %i -> %s, and a submit is sent once", async (status, code) => {
    server.handle((_req, res) => sendJson(res, status, "<html>error</html>"));
    const error = await expectVendorError(client.imagine({ prompt: "a cat", notifyId: "n" }));
    expect(error).toMatchObject({ code, httpStatus: status, outcomeUnknown: false });
    expect(server.requests).toHaveLength(1);
  });

  it("retries a fetch on 5xx until it succeeds", async () => {
    server.handle((_req, res) => (server.requests.length < 3 ? sendJson(res, 502, "bad gateway") : sendJson(res, 200, fixture("ttapi-fetch-running.json"))));
    expect(await client.fetchTask("f5850038-90a3-8a97-0476-107ea4b8dac4")).toMatchObject({ status: "RUNNING", progress: 50 });
    expect(server.requests).toHaveLength(3);
  });

  it("a submit that hangs or loses its connection has an unknown outcome and is not repeated", async () => {
    server.handle(() => undefined);
    expect(await expectVendorError(client.imagine({ prompt: "a cat", notifyId: "n" }))).toMatchObject({ code: "TIMEOUT", outcomeUnknown: true });
    server.handle((_req, res) => res.socket?.destroy());
    expect(await expectVendorError(client.blend({ images: ["data:image/png;base64,AA==", "data:image/png;base64,AA=="], notifyId: "n" }))).toMatchObject({
      code: "NETWORK",
      outcomeUnknown: true,
    });
    expect(server.requests).toHaveLength(2);
  });

  it("a submit answered SUCCESS without a job id has an unknown outcome", async () => {
    server.handle((_req, res) => sendJson(res, 200, { status: "SUCCESS", message: "", data: {} }));
    expect(await expectVendorError(client.imagine({ prompt: "a cat", notifyId: "n" }))).toMatchObject({ code: "VENDOR_ERROR", outcomeUnknown: true });
  });

  it("refuses inputs TTAPI cannot take without calling it", async () => {
    expect((await expectVendorError(client.imagine({ prompt: "x", notifyId: "n", imageRefs: ["data:image/png;base64,AA=="] }))).code).toBe("BAD_REQUEST");
    expect((await expectVendorError(client.blend({ images: ["data:image/png;base64,AA=="], notifyId: "n" }))).code).toBe("BAD_REQUEST");
    expect((await expectVendorError(client.varyRegion({ parentTaskId: "p", mask: Buffer.alloc(0), notifyId: "n" }))).code).toBe("BAD_MASK");
    expect(server.requests).toHaveLength(0);
  });
});
