import type { MjproxyProfile } from "@/lib/domain/vendor-protocol";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createVendorClient } from "../create-vendor-client";
import { fixture, fixtureText } from "../fixtures/read-fixture";
import { expectVendorError } from "../testing/expect-vendor-error";
import { sendJson, startScriptedServer, type ScriptedServer } from "../testing/start-scripted-server";
import type { VendorClient } from "../types";

let server: ScriptedServer;
const options = { deps: { retry: { attempts: 3, baseDelayMs: 1, maxDelayMs: 5 } }, pollIntervalMs: 5, waitTimeoutMs: 1000 };
const clientFor = (profile: MjproxyProfile): VendorClient =>
  createVendorClient({ protocol: "mjproxy", profile, baseUrl: `${server.url}/mj`, apiKey: "sk-proxy-5678", defaultMode: "fast", timeoutMs: 1500 }, options);

beforeAll(async () => {
  server = await startScriptedServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
});

const ok = (result: unknown = "1781524258075013", code = 1) => ({ code, description: "提交成功", properties: {}, result });

describe("midjourney-proxy adapter requests", () => {
  it("imagines with Bearer auth, a User-Agent, botType, modes (also as a prompt flag), notifyHook and state", async () => {
    server.handle((_req, res) => res.writeHead(200, { "Content-Type": "application/json" }).end(fixtureText("mjproxy-submit-success.json")));
    const client = clientFor("newapi");
    const result = await client.imagine({
      prompt: "Cat",
      niji: true,
      notifyId: "n-1",
      hookUrl: "https://studio.example.com/hook",
      mode: "relax",
      imageRefs: ["data:image/png;base64,AA=="],
    });
    expect(result).toEqual({ taskId: "1320098173412546" });
    const req = server.requests[0];
    expect(req.path).toBe("/mj/submit/imagine");
    expect(req.headers.authorization).toBe("Bearer sk-proxy-5678");
    expect(req.headers["user-agent"]).toMatch(/Atelier/);
    expect(req.json()).toEqual({
      botType: "NIJI_JOURNEY",
      // New API deletes accountFilter: the mode survives as a flag (issue 10).
      prompt: "Cat --relax",
      base64Array: ["data:image/png;base64,AA=="],
      accountFilter: { modes: ["RELAX"] },
      notifyHook: "https://studio.example.com/hook",
      state: "n-1",
    });
  });

  it("keeps long numeric task ids exact", async () => {
    server.handle((_req, res) => res.writeHead(200).end('{"code":1,"description":"ok","result":17281324658687123}'));
    expect(await clientFor("generic").imagine({ prompt: "x", notifyId: "n" })).toEqual({ taskId: "17281324658687123" });
  });

  it("sends a button's customId exactly as received, on the same channel", async () => {
    server.handle((_req, res) => sendJson(res, 200, fixture("dataeyes-submit-action.json")));
    const customId = "MJ::JOB::upsample::1::82c51c9d-bc33-4c07-a471-36c3dcb1a6f0";
    const result = await clientFor("4allapi").act({
      parentTaskId: "1728781324658687",
      action: { key: "upscale:1", label: "U1", payload: customId },
      notifyId: "n",
    });
    expect(result).toEqual({ taskId: "1781524431429700" });
    expect(server.requests[0].json()).toEqual({ customId, taskId: "1728781324658687", chooseSameChannel: true, state: "n" });
  });

  it("runs Vary Region in two steps: action, then at once the modal with the mask", async () => {
    server.handle((req, res) => {
      if (req.path === "/mj/submit/action")
        return sendJson(res, 200, { code: 21, description: "Waiting for window confirm", result: "modal-1", properties: {} });
      if (req.path === "/mj/submit/modal") return sendJson(res, 200, ok("modal-1"));
      sendJson(res, 404, {});
    });
    const mask = Buffer.from("png");
    const result = await clientFor("newapi").varyRegion({
      parentTaskId: "up-1",
      action: { key: "vary_region", label: "Vary (Region)", payload: "MJ::Inpaint::1::abc::SOLO" },
      mask,
      prompt: "a hat",
      notifyId: "n",
    });
    expect(result).toEqual({ taskId: "modal-1" });
    // No fetch between the two (issue 10: New API shows the MODAL task with status "" for 15 s).
    expect(server.requests.map((r) => r.path)).toEqual(["/mj/submit/action", "/mj/submit/modal"]);
    expect(server.requests[0].json()).toMatchObject({ customId: "MJ::Inpaint::1::abc::SOLO", taskId: "up-1" });
    expect(server.requests[1].json()).toEqual({ taskId: "modal-1", maskBase64: `data:image/png;base64,${mask.toString("base64")}`, prompt: "a hat --fast" });
  });

  it("runs Custom Zoom through the modal with its prompt", async () => {
    server.handle((req, res) => {
      if (req.path === "/mj/submit/action") return sendJson(res, 200, ok("z-1"));
      if (req.path === "/mj/task/z-1/fetch") return sendJson(res, 200, { id: "z-1", status: "MODAL" });
      sendJson(res, 200, ok("z-1"));
    });
    await clientFor("generic").act({
      parentTaskId: "p",
      action: { key: "zoom:custom", label: "Custom Zoom", payload: "MJ::CustomZoom::abc" },
      prompt: "a cat --zoom 1.8",
      notifyId: "n",
    });
    expect(server.requests.at(-1)?.json()).toEqual({ taskId: "z-1", prompt: "a cat --zoom 1.8" });
  });

  it("reads tasks, lists, seeds, uploads and swaps", async () => {
    server.handle((req, res) => {
      if (req.path.endsWith("/fetch")) return sendJson(res, 200, fixture("dataeyes-fetch-success.json"));
      if (req.path === "/mj/task/list-by-condition") return sendJson(res, 200, fixture("mjproxy-list-4allapi.json"));
      if (req.path.endsWith("/image-seed")) return sendJson(res, 200, { code: 1, description: "ok", result: "3141592653" });
      if (req.path === "/mj/submit/upload-discord-images") return sendJson(res, 200, { code: 1, result: ["https://cdn.discordapp.com/a.png"] });
      if (req.path === "/mj/insight-face/swap") return sendJson(res, 200, fixture("mjproxy-swap-response.json"));
      sendJson(res, 404, {});
    });
    const client = clientFor("newapi");
    expect((await client.fetchTask("1781524258075013")).actions).toHaveLength(2);
    expect(await client.listTasks?.(["string"])).toHaveLength(1);
    expect(server.requests[1].json()).toEqual({ ids: ["string"] });
    expect(await client.seed("1")).toBe("3141592653");
    expect(await client.uploadImages?.(["data:image/png;base64,AA=="])).toEqual(["https://cdn.discordapp.com/a.png"]);
    expect(await client.faceSwap?.({ sourceImage: "data:image/png;base64,AA==", targetImage: "data:image/png;base64,AA==", notifyId: "n" })).toEqual({
      taskId: "string",
    });
  });

  it("says the task is not found for an empty fetch answer (upstream) and New API's task_no_found", async () => {
    server.handle((_req, res) => res.writeHead(200).end(""));
    expect((await expectVendorError(clientFor("generic").fetchTask("9"))).code).toBe("NOT_FOUND");
    server.handle((_req, res) => sendJson(res, 200, { code: 4, description: "task_no_found" }));
    expect((await expectVendorError(clientFor("newapi").fetchTask("9"))).code).toBe("NOT_FOUND");
  });

  it("checks the connection with a harmless list, and reads 401 as a bad key", async () => {
    server.handle((_req, res) => sendJson(res, 200, []));
    expect(await clientFor("newapi").checkConnection()).toMatchObject({ ok: true });
    expect(server.requests[0]).toMatchObject({ method: "POST", path: "/mj/task/list-by-condition", body: '{"ids":[]}' });
    server.handle((_req, res) => sendJson(res, 401, { error: { message: "无效的令牌", type: "new_api_error" } }));
    const check = await clientFor("newapi").checkConnection();
    expect(check).toMatchObject({ ok: false, failureCode: "BAD_KEY" });
    expect(check.message).toContain("无效的令牌");
  });
});

describe("DataEyes profile", () => {
  it("sends only the documented fields and probes with a fetch", async () => {
    server.handle((req, res) => (req.path.endsWith("/fetch") ? sendJson(res, 404, {}) : sendJson(res, 200, fixture("dataeyes-submit-imagine.json"))));
    const client = clientFor("dataeyes");
    await client.imagine({ prompt: "a futuristic cityscape at sunset --v 6.1", notifyId: "n", hookUrl: "https://studio.example.com/hook" });
    expect(server.requests[0].json()).toEqual({
      botType: "MID_JOURNEY",
      prompt: "a futuristic cityscape at sunset --v 6.1",
      accountFilter: { modes: ["FAST"] },
    });
    await client.act({
      parentTaskId: "1781524258075013",
      action: { key: "reroll", label: "Reroll", payload: "MJ::JOB::reroll::0::675515df-961f-411e-8e9b-d81ac68427f5::SOLO" },
      notifyId: "n",
    });
    expect(server.requests[1].json()).toEqual({ customId: "MJ::JOB::reroll::0::675515df-961f-411e-8e9b-d81ac68427f5::SOLO", taskId: "1781524258075013" });
    expect(await client.checkConnection()).toMatchObject({ ok: true });
    expect(server.requests[2]).toMatchObject({ method: "GET", path: "/mj/task/0/fetch" });
  });

  it("refuses what DataEyes does not offer without calling it", async () => {
    const client = clientFor("dataeyes");
    const png = "data:image/png;base64,AA==";
    for (const call of [
      client.blend({ images: [png, png], notifyId: "n" }),
      client.describe({ image: png, notifyId: "n" }),
      client.seed("1"),
      client.varyRegion({
        parentTaskId: "p",
        mask: Buffer.from("m"),
        notifyId: "n",
        action: { key: "vary_region", label: "Vary (Region)", payload: "MJ::Inpaint::1::a::SOLO" },
      }),
      client.imagine({ prompt: "x", notifyId: "n", imageRefs: [png] }),
    ]) {
      const error = await expectVendorError(call);
      expect(error.code).toBe("BAD_REQUEST");
      expect(error.message).toMatch(/DataEyes does not offer/);
    }
    expect([client.shorten, client.faceSwap, client.uploadImages, client.listTasks, client.findByNotifyId, client.confirmModal]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(server.requests).toHaveLength(0);
  });

  it("downloads images through /mj/image/{id} with the key and User-Agent", async () => {
    server.handle((_req, res) => res.writeHead(200, { "Content-Type": "image/png" }).end(Buffer.from("png")));
    const client = clientFor("dataeyes");
    const snapshot = await (async () => {
      server.handle((req, res) =>
        req.path.endsWith("/fetch")
          ? sendJson(res, 200, fixture("dataeyes-fetch-success.json"))
          : res.writeHead(200, { "Content-Type": "image/png" }).end(Buffer.from("png")),
      );
      return client.fetchTask("1781524258075013");
    })();
    expect(snapshot.imageUrl).toBe(`${server.url}/mj/image/1781524258075013`);
    const image = await client.downloadImage(snapshot.imageUrl!, 1000);
    expect(image.bytes.toString()).toBe("png");
    expect(server.requests.at(-1)?.headers).toMatchObject({ authorization: "Bearer sk-proxy-5678", "user-agent": expect.stringMatching(/Atelier/) });
  });
});

describe("midjourney-proxy result codes and HTTP errors", () => {
  it.each([
    ["newapi", 21, null, "BAD_REQUEST"],
    // New API passes the upstream 23 (queue full) through (issue 10).
    ["newapi", 23, "14001929738841620", "QUEUE_FULL"],
    ["newapi", 24, null, "VENDOR_ERROR"],
    ["newapi", 25, null, "QUOTA"],
    ["dataeyes", 23, "14001929738841620", "QUEUE_FULL"],
    ["dataeyes", 24, null, "BANNED_PROMPT"],
    ["generic", 23, null, "QUEUE_FULL"],
    ["4allapi", 25, null, "QUOTA"],
  ] as const)("%s code %i -> %s", async (profile, code, result, failureCode) => {
    server.handle((_req, res) => sendJson(res, 200, { code, description: "描述", result }));
    const error = await expectVendorError(clientFor(profile).imagine({ prompt: "x", notifyId: "n" }));
    expect(error).toMatchObject({ code: failureCode, vendorCode: code, outcomeUnknown: false });
  });

  it("reads code 24 with a banned word as a banned prompt on every profile", async () => {
    server.handle((_req, res) => sendJson(res, 200, { code: 24, description: "可能包含敏感词", properties: { promptEn: "nude body", bannedWord: "nude" } }));
    const error = await expectVendorError(clientFor("newapi").imagine({ prompt: "x", notifyId: "n" }));
    expect(error.code).toBe("BANNED_PROMPT");
    expect(error.message).toContain('"nude"');
  });

  it("accepts 21 and 22 when they carry a task id", async () => {
    server.handle((_req, res) => sendJson(res, 200, { code: 22, description: "排队中，前面还有1个任务", result: "0741798445574458" }));
    expect(await clientFor("newapi").imagine({ prompt: "x", notifyId: "n" })).toEqual({ taskId: "0741798445574458" });
    server.handle((_req, res) => sendJson(res, 200, { code: 21, description: "任务已存在", result: "0741798445574458" }));
    expect(await clientFor("dataeyes").imagine({ prompt: "x", notifyId: "n" })).toEqual({ taskId: "0741798445574458" });
  });

  it.each([
    [401, "BAD_KEY"],
    [403, "BAD_KEY"],
    [429, "RATE_LIMITED"],
    [500, "VENDOR_ERROR"],
    [503, "VENDOR_ERROR"],
  ])("HTTP %i -> %s; the submit is sent once", async (status, code) => {
    server.handle((_req, res) => sendJson(res, status, { code: status, description: "nope", result: null }));
    expect(await expectVendorError(clientFor("newapi").imagine({ prompt: "x", notifyId: "n" }))).toMatchObject({ code, httpStatus: status });
    expect(server.requests).toHaveLength(1);
  });

  it("explains DataEyes' Cloudflare 403", async () => {
    server.handle((_req, res) => res.writeHead(403, { "Content-Type": "text/plain" }).end("error code: 1010"));
    const error = await expectVendorError(clientFor("dataeyes").fetchTask("1"));
    expect(error.code).toBe("BAD_KEY");
    expect(error.message).toMatch(/firewall.*error code: 1010/);
  });

  it("retries a fetch on 5xx, never a submit; a dropped submit has an unknown outcome", async () => {
    server.handle((_req, res) =>
      server.requests.length < 2 ? sendJson(res, 500, {}) : sendJson(res, 200, { id: "1", status: "IN_PROGRESS", progress: "45%" }),
    );
    expect(await clientFor("newapi").fetchTask("1")).toMatchObject({ status: "RUNNING", progress: 45 });
    expect(server.requests).toHaveLength(2);
    server.requests.length = 0;
    server.handle((_req, res) => res.socket?.destroy());
    expect(await expectVendorError(clientFor("newapi").imagine({ prompt: "x", notifyId: "n" }))).toMatchObject({ code: "NETWORK", outcomeUnknown: true });
    server.handle(() => undefined);
    expect(await expectVendorError(clientFor("newapi").describe({ image: "data:image/png;base64,AA==", notifyId: "n" }))).toMatchObject({
      code: "TIMEOUT",
      outcomeUnknown: true,
    });
    expect(server.requests).toHaveLength(2);
  });
});
