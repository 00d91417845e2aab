// The midjourney-proxy adapter against a self-hosted trueai-org/midjourney-proxy (ed32197) and
// novicezk/midjourney-proxy as their code really answers, over a real socket.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createVendorClient } from "../create-vendor-client";
import { expectVendorError } from "../testing/expect-vendor-error";
import { sendJson, startScriptedServer, type ScriptedServer } from "../testing/start-scripted-server";
import type { VendorClient } from "../types";

let server: ScriptedServer;
const KEY = "trueai-user-token-0001";
const options = { deps: { retry: { attempts: 2, baseDelayMs: 1, maxDelayMs: 2 } }, pollIntervalMs: 5, waitTimeoutMs: 500 };
const generic = (): VendorClient =>
  createVendorClient({ protocol: "mjproxy", profile: "generic", baseUrl: server.url, apiKey: KEY, defaultMode: "relax", timeoutMs: 1500 }, options);

const HASH = "0b7e2c4e-6f1d-4c83-9a3e-5ad7e1c2b001";
const button = (customId: string, label: string, emoji = "") => ({ customId, emoji, label, style: 2, type: 2 });

/** A finished imagine as trueai serialises TaskInfo (camelCase, enums as strings; TaskController.cs:75-79). */
const trueaiImagine = (overrides: Record<string, unknown> = {}) => ({
  id: "1732012345678123",
  parentId: null,
  botType: "MID_JOURNEY",
  action: "IMAGINE",
  status: "SUCCESS",
  prompt: "a lighthouse at dusk",
  promptEn: "a lighthouse at dusk",
  description: "Submit success",
  state: "n-1",
  submitTime: 1732012345678,
  startTime: 1732012346000,
  finishTime: 1732012390000,
  imageUrl: "https://cdn.example-oss.com/attachments/1/2/lighthouse.png",
  imageUrls: [1, 2, 3, 4].map((i) => ({
    url: `https://cdn.example-oss.com/attachments/1/2/lighthouse_${i}.png`,
    thumbnail: `https://cdn.example-oss.com/attachments/1/2/lighthouse_${i}.webp`,
  })),
  url: "https://cdn.discordapp.com/attachments/1/2/lighthouse.png",
  proxyUrl: "https://media.discordapp.net/attachments/1/2/lighthouse.png",
  progress: "100%",
  failReason: null,
  seed: "2815462671",
  width: 2048,
  height: 2048,
  mode: "RELAX",
  buttons: [
    button(`MJ::JOB::upsample::1::${HASH}`, "U1"),
    button(`MJ::JOB::variation::1::${HASH}`, "V1"),
    button(`MJ::JOB::reroll::0::${HASH}::SOLO`, "", "🔄"),
    button(`MJ::BOOKMARK::${HASH}`, "", "❤️"),
    button(`MJ::JOB::animate_high::1::${HASH}::SOLO`, "Animate (High motion)", "🎞️"),
  ],
  properties: { finalPrompt: "a lighthouse at dusk --relax", discordInstanceId: "1", discordChannelId: "1" },
  ...overrides,
});

beforeAll(async () => {
  server = await startScriptedServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
});

describe("[TRUEAI] authentication of a self-hosted proxy", () => {
  it("sends the raw key in Authorization (no Bearer, WorkContext.cs:46-48) and in mj-api-secret (novicezk)", async () => {
    server.handle((_req, res) => sendJson(res, 200, { code: 1, description: "Submit success", result: "1732012345678123" }));
    await generic().imagine({ prompt: "a cat", notifyId: "n" });
    expect(server.requests[0].headers).toMatchObject({ authorization: KEY, "mj-api-secret": KEY });
  });

  it("downloads from the API host with the same headers", async () => {
    server.handle((_req, res) => res.writeHead(200, { "Content-Type": "image/png" }).end(Buffer.from("png")));
    await generic().downloadImage(`${server.url}/attachments/a.png`, 1000);
    expect(server.requests[0].headers).toMatchObject({ authorization: KEY, "mj-api-secret": KEY });
  });

  it('says the key was refused on trueai\'s 401 "Authorization header missing."', async () => {
    server.handle((_req, res) => res.writeHead(401, { "Content-Type": "text/plain" }).end("Authorization header missing."));
    const check = await generic().checkConnection();
    expect(check).toMatchObject({ ok: false, failureCode: "BAD_KEY" });
  });
});

describe("[TRUEAI] answers the studio used to misread", () => {
  it("reads 204 with an empty body (an unknown id) as NOT_FOUND", async () => {
    server.handle((_req, res) => res.writeHead(204).end());
    expect(await expectVendorError(generic().fetchTask("1"))).toMatchObject({ code: "NOT_FOUND" });
  });

  it('reads code 3 "无可用的账号实例" as no Midjourney account free', async () => {
    server.handle((_req, res) => sendJson(res, 200, { code: 3, description: "无可用的账号实例", result: null, properties: {} }));
    const error = await expectVendorError(generic().imagine({ prompt: "a cat", notifyId: "n" }));
    expect(error).toMatchObject({ code: "NO_ACCOUNT", vendorCode: 3 });
    expect(error.message).toMatch(/no Midjourney account free.*try again later/i);
  });

  it("reads code 9 as a failure in the vendor's words", async () => {
    server.handle((_req, res) => sendJson(res, 200, { code: 9, description: "提交失败，系统异常", result: null }));
    const error = await expectVendorError(generic().imagine({ prompt: "a cat", notifyId: "n" }));
    expect(error).toMatchObject({ code: "VENDOR_ERROR", vendorCode: 9 });
    expect(error.message).toContain("提交失败，系统异常");
    server.handle((_req, res) => sendJson(res, 200, { code: 9, description: "提交失败，队列已满，请稍后重试", result: null }));
    expect((await expectVendorError(generic().imagine({ prompt: "a cat", notifyId: "n" }))).code).toBe("QUEUE_FULL");
  });

  it('reads a later failure "可能包含敏感词" (DiscordService.cs:1896-1923) as a banned prompt', async () => {
    server.handle((_req, res) =>
      sendJson(res, 200, { ...trueaiImagine(), status: "FAILURE", progress: "", imageUrl: null, imageUrls: null, buttons: [], failReason: "可能包含敏感词" }),
    );
    expect(await generic().fetchTask("1732012345678123")).toMatchObject({ status: "FAILED", failureCode: "BANNED_PROMPT", failureReason: "可能包含敏感词" });
  });

  it('reads FAILURE "取消任务" (TaskController.cs Cancel) as cancelled', async () => {
    server.handle((_req, res) =>
      sendJson(res, 200, { ...trueaiImagine(), status: "FAILURE", progress: "", imageUrl: null, buttons: [], failReason: "取消任务" }),
    );
    expect(await generic().fetchTask("1732012345678123")).toMatchObject({ status: "CANCELLED", failureReason: "取消任务" });
  });

  it('keeps the "Shortened prompts" header and the analysis before it out of the prompts', async () => {
    const embed = [
      "**IMPORTANT TOKENS**",
      "a very **beautiful** highly detailed **lighthouse** on a **cliff** at **dusk**",
      "",
      "**Shortened prompts**",
      "1️⃣ beautiful lighthouse, cliff, dusk --ar 3:2",
      "2️⃣ beautiful detailed lighthouse on a cliff --ar 3:2",
      "3️⃣ lighthouse on a cliff at dusk --ar 3:2",
      "4️⃣ lighthouse --ar 3:2",
      "5️⃣ beautiful lighthouse --ar 3:2",
    ].join("\n");
    server.handle((_req, res) =>
      sendJson(res, 200, {
        ...trueaiImagine(),
        action: "SHORTEN",
        prompt: "a very beautiful highly detailed lighthouse on a cliff at dusk --ar 3:2",
        description: embed,
        imageUrl: null,
        imageUrls: null,
        properties: { finalPrompt: embed },
      }),
    );
    const snapshot = await generic().fetchTask("1732012345678123");
    expect(snapshot.prompts).toEqual([
      "beautiful lighthouse, cliff, dusk --ar 3:2",
      "beautiful detailed lighthouse on a cliff --ar 3:2",
      "lighthouse on a cliff at dusk --ar 3:2",
      "lighthouse --ar 3:2",
      "beautiful lighthouse --ar 3:2",
    ]);
  });
});

describe("[TRUEAI] the fields every task carries", () => {
  it("uses seed, width/height and the four imageUrls tiles; url and proxyUrl are fallbacks", async () => {
    server.handle((_req, res) => sendJson(res, 200, trueaiImagine()));
    const snapshot = await generic().fetchTask("1732012345678123");
    expect(snapshot).toMatchObject({
      status: "SUCCEEDED",
      seed: "2815462671",
      width: 2048,
      height: 2048,
      imageUrl: "https://cdn.example-oss.com/attachments/1/2/lighthouse.png",
      tileUrls: [1, 2, 3, 4].map((i) => `https://cdn.example-oss.com/attachments/1/2/lighthouse_${i}.png`),
      fallbackImageUrls: ["https://cdn.discordapp.com/attachments/1/2/lighthouse.png", "https://media.discordapp.net/attachments/1/2/lighthouse.png"],
    });
    // ❤️ BOOKMARK is not an action the studio offers; Animate is, on a self-hosted trueai
    // (SubmitController.cs:664-671 takes the button).
    expect(snapshot.actions.map((a) => a.label)).toEqual(["U1", "V1", "Reroll", "Animate (High motion)"]);
  });
});

describe("[TRUEAI] remix mode: V1-V4, vary, pan and reroll wait in MODAL for /mj/submit/modal", () => {
  it('confirms code 21 "Waiting for window confirm" with the job\'s prompt (TaskService.cs:1998-2008)', async () => {
    server.handle((req, res) => {
      if (req.path === "/mj/submit/action") {
        return sendJson(res, 200, {
          code: 21,
          description: "Waiting for window confirm",
          result: "1732012345679000",
          properties: { finalPrompt: "a lighthouse at dusk", remix: true },
        });
      }
      return sendJson(res, 200, { code: 1, description: "Submit success", result: "1732012345679000" });
    });
    const result = await generic().act({
      parentTaskId: "1732012345678123",
      action: { key: "variation:1", label: "V1", payload: `MJ::JOB::variation::1::${HASH}` },
      defaultPrompt: "a lighthouse at dusk",
      notifyId: "n",
    });
    expect(result).toEqual({ taskId: "1732012345679000" });
    expect(server.requests.map((r) => r.path)).toEqual(["/mj/submit/action", "/mj/submit/modal"]);
    // Self-hosted: the mode travels in accountFilter, not in the prompt.
    expect(server.requests[1].json()).toEqual({ taskId: "1732012345679000", prompt: "a lighthouse at dusk" });
  });

  it("falls back to the vendor's finalPrompt when the job has no prompt", async () => {
    server.handle((req, res) =>
      sendJson(
        res,
        200,
        req.path === "/mj/submit/action"
          ? {
              code: 21,
              description: "Waiting for window confirm",
              result: "1732012345679001",
              properties: { finalPrompt: "https://s.mj.run/a https://s.mj.run/b", remix: true },
            }
          : { code: 1, result: "1732012345679001" },
      ),
    );
    await generic().act({ parentTaskId: "p", action: { key: "pan:left", label: "Pan Left", payload: `MJ::JOB::pan_left::1::${HASH}::SOLO` }, notifyId: "n" });
    expect(server.requests[1].json()).toEqual({ taskId: "1732012345679001", prompt: "https://s.mj.run/a https://s.mj.run/b" });
  });

  it("still returns the task when the modal cannot be sent: the task waits in MODAL and the engine confirms it", async () => {
    server.handle((req, res) =>
      req.path === "/mj/submit/action"
        ? sendJson(res, 200, { code: 21, description: "Waiting for window confirm", result: "1732012345679002", properties: { finalPrompt: "", remix: true } })
        : sendJson(res, 200, { code: 4, description: "prompt不能为空", result: null }),
    );
    const result = await generic().act({
      parentTaskId: "p",
      action: { key: "reroll", label: "Reroll", payload: `MJ::JOB::reroll::0::${HASH}::SOLO` },
      notifyId: "n",
    });
    expect(result).toMatchObject({ taskId: "1732012345679002", snapshot: { taskId: "1732012345679002", status: "NEEDS_INPUT" } });
  });

  it("leaves a modal whose answer was lost to the engine's next poll instead of asking the user", async () => {
    server.handle((req, res) =>
      req.path === "/mj/submit/action"
        ? sendJson(res, 200, {
            code: 21,
            description: "Waiting for window confirm",
            result: "1732012345679004",
            properties: { finalPrompt: "a cat", remix: true },
          })
        : res.socket?.destroy(),
    );
    const result = await generic().act({
      parentTaskId: "p",
      action: { key: "variation:2", label: "V2", payload: `MJ::JOB::variation::2::${HASH}` },
      notifyId: "n",
    });
    expect(result.snapshot).toMatchObject({ status: "NEEDS_INPUT" });
    expect(result.snapshot?.inputReason).toBeUndefined();
  });

  it("reads a task waiting in MODAL as needing input, with the prompt it proposes", async () => {
    server.handle((_req, res) =>
      sendJson(res, 200, {
        ...trueaiImagine(),
        id: "1732012345679003",
        action: "VARIATION",
        status: "MODAL",
        progress: "0%",
        imageUrl: null,
        imageUrls: null,
        buttons: [],
        properties: { finalPrompt: "a lighthouse at dusk", remix: true },
      }),
    );
    expect(await generic().fetchTask("1732012345679003")).toMatchObject({ status: "NEEDS_INPUT", prompt: "a lighthouse at dusk" });
  });

  it('does not treat novicezk\'s code 21 "task exists" as a dialog', async () => {
    server.handle((_req, res) =>
      sendJson(res, 200, { code: 21, description: "任务已存在", result: "0741798445574458", properties: { status: "SUCCESS", imageUrl: "https://x/y.png" } }),
    );
    await generic().act({
      parentTaskId: "p",
      action: { key: "upscale:1", label: "U1", payload: `MJ::JOB::upsample::1::${HASH}` },
      defaultPrompt: "x",
      notifyId: "n",
    });
    expect(server.requests.map((r) => r.path)).toEqual(["/mj/submit/action"]);
  });
});
