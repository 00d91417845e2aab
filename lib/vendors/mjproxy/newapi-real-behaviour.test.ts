// The midjourney-proxy adapter against New API as its code really answers (Calcium-Ion/new-api
// ef8ae4d), over a real socket with the literal payloads that code writes.
import type { MjproxyProfile } from "@/lib/domain/vendor-protocol";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createVendorClient } from "../create-vendor-client";
import { expectVendorError } from "../testing/expect-vendor-error";
import { sendJson, startScriptedServer, type ScriptedServer } from "../testing/start-scripted-server";
import type { VendorClient } from "../types";

let server: ScriptedServer;
const options = { deps: { retry: { attempts: 2, baseDelayMs: 1, maxDelayMs: 2 } }, pollIntervalMs: 5, waitTimeoutMs: 500 };
const clientFor = (profile: MjproxyProfile = "newapi", extra: { imageHosts?: string[]; defaultMode?: "fast" | "relax" | "turbo" } = {}): VendorClient =>
  createVendorClient(
    {
      protocol: "mjproxy",
      profile,
      baseUrl: server.url,
      apiKey: "sk-newapi-5678",
      defaultMode: extra.defaultMode ?? "fast",
      timeoutMs: 1500,
      imageHosts: extra.imageHosts,
    },
    options,
  );

/** coverMidjourneyTaskDto (relay-mj.go:106-143) of a task New API stored a moment ago (relay-mj.go:529-547). */
const freshTask = (id: string, action = "IMAGINE") => ({
  id,
  action,
  customId: "",
  botType: "",
  prompt: "a cat",
  promptEn: "",
  description: "Submit success",
  state: "",
  submitTime: 1732000000000,
  startTime: 0,
  finishTime: 0,
  imageUrl: "",
  status: "",
  progress: "0%",
  failReason: "",
  buttons: null,
  maskBase64: "",
  properties: null,
});

/** controller/relay.go:313-323: every relay error is HTTP 400 {description: "<desc> <result>", type, code}. */
const relayError = (description: string, code = 4) => ({ description: `${description} `, type: "upstream_error", code });

beforeAll(async () => {
  server = await startScriptedServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
});

describe("[NEW API] a task's first status is empty until New API's poller fills it in", () => {
  it('reads status "" with progress "0%" as submitted and waiting, not as "not a task"', async () => {
    server.handle((_req, res) => sendJson(res, 200, freshTask("1732000000000123")));
    expect(await clientFor().fetchTask("1732000000000123")).toMatchObject({ taskId: "1732000000000123", status: "SUBMITTED", progress: 0 });
  });

  it("reads a task without any status field the same way", async () => {
    const { status: _status, ...withoutStatus } = freshTask("1732000000000124");
    server.handle((_req, res) => sendJson(res, 200, withoutStatus));
    expect((await clientFor().fetchTask("1732000000000124")).status).toBe("SUBMITTED");
  });

  it("lists fresh tasks (list-by-condition) instead of dropping them", async () => {
    server.handle((_req, res) => sendJson(res, 200, [freshTask("1732000000000125")]));
    expect((await clientFor().listTasks!(["1732000000000125"])).map((t) => t.status)).toEqual(["SUBMITTED"]);
  });
});

describe("[NEW API] Vary (Region) and Custom Zoom send the modal right after the action's answer", () => {
  it('sends /mj/submit/modal at once: New API\'s MODAL task reads status "" for 15 s, so no fetch comes first', async () => {
    server.handle((req, res) => {
      // INPAINT keeps its code 21 through New API (relay-mj.go:582-585).
      if (req.path === "/mj/submit/action")
        return sendJson(res, 200, {
          code: 21,
          description: "Waiting for window confirm",
          result: "1732000000000200",
          properties: { finalPrompt: "", remix: true },
        });
      if (req.path === "/mj/submit/modal") return sendJson(res, 200, { code: 1, description: "Submit success", result: "1732000000000200", properties: {} });
      if (req.path.endsWith("/fetch")) return sendJson(res, 200, freshTask("1732000000000200", "INPAINT"));
      sendJson(res, 404, {});
    });
    const mask = Buffer.from("mask-png");
    const result = await clientFor().varyRegion({
      parentTaskId: "1732000000000100",
      action: { key: "vary_region", label: "Vary (Region)", payload: "MJ::Inpaint::1::5f3c::SOLO" },
      mask,
      prompt: "a red hat",
      notifyId: "n-vr",
    });
    expect(result).toEqual({ taskId: "1732000000000200" });
    expect(server.requests.map((r) => r.path)).toEqual(["/mj/submit/action", "/mj/submit/modal"]);
    expect(server.requests[1].json()).toEqual({
      taskId: "1732000000000200",
      maskBase64: `data:image/png;base64,${mask.toString("base64")}`,
      prompt: "a red hat --fast",
    });
  });

  it("sends Custom Zoom's modal at once too", async () => {
    server.handle((req, res) => {
      if (req.path === "/mj/submit/action")
        return sendJson(res, 200, {
          code: 21,
          description: "Waiting for window confirm",
          result: "1732000000000300",
          properties: { finalPrompt: "a cat", remix: true },
        });
      return sendJson(res, 200, { code: 1, description: "Submit success", result: "1732000000000300" });
    });
    await clientFor().act({
      parentTaskId: "p",
      action: { key: "zoom:custom", label: "Custom Zoom", payload: "MJ::CustomZoom::5f3c" },
      prompt: "a cat --zoom 1.8",
      notifyId: "n",
    });
    expect(server.requests.map((r) => r.path)).toEqual(["/mj/submit/action", "/mj/submit/modal"]);
  });
});

describe("[NEW API] remix-mode accounts: the 21 rewritten to 1 still waits for the modal", () => {
  it('confirms V1 answered code 1 + "Waiting for window confirm" + remix with the job\'s prompt', async () => {
    server.handle((req, res) => {
      // relay-mj.go:582-585 rewrites "code":21 to "code":1 for VARIATION and keeps description and properties.
      if (req.path === "/mj/submit/action")
        return sendJson(res, 200, {
          code: 1,
          description: "Waiting for window confirm",
          result: "1732000000000400",
          properties: { finalPrompt: "a cat --v 6.1", remix: true },
        });
      return sendJson(res, 200, { code: 1, description: "Submit success", result: "1732000000000400" });
    });
    const result = await clientFor().act({
      parentTaskId: "1732000000000100",
      action: { key: "variation:1", label: "V1", payload: "MJ::JOB::variation::1::5f3c" },
      defaultPrompt: "a cat --v 6.1",
      notifyId: "n",
    });
    expect(result).toEqual({ taskId: "1732000000000400" });
    expect(server.requests.map((r) => r.path)).toEqual(["/mj/submit/action", "/mj/submit/modal"]);
    expect(server.requests[1].json()).toEqual({ taskId: "1732000000000400", prompt: "a cat --v 6.1 --fast" });
  });

  it("sends the prompt the user edited (Remix) instead of the job's", async () => {
    server.handle((req, res) =>
      sendJson(
        res,
        200,
        req.path === "/mj/submit/action"
          ? { code: 1, description: "Waiting for window confirm", result: "1732000000000401", properties: { finalPrompt: "a cat", remix: true } }
          : { code: 1, result: "1732000000000401" },
      ),
    );
    await clientFor().act({
      parentTaskId: "p",
      action: { key: "reroll", label: "Reroll", payload: "MJ::JOB::reroll::0::5f3c::SOLO" },
      prompt: "a tabby cat",
      defaultPrompt: "a cat",
      notifyId: "n",
    });
    expect(server.requests[1].json()).toEqual({ taskId: "1732000000000401", prompt: "a tabby cat --fast" });
  });

  it('does not send a modal for an ordinary answer (U1 code 1 "Submit success")', async () => {
    server.handle((_req, res) =>
      sendJson(res, 200, { code: 1, description: "Submit success", result: "1732000000000402", properties: { discordInstanceId: "1" } }),
    );
    await clientFor().act({
      parentTaskId: "p",
      action: { key: "upscale:1", label: "U1", payload: "MJ::JOB::upsample::1::5f3c" },
      defaultPrompt: "a cat",
      notifyId: "n",
    });
    expect(server.requests.map((r) => r.path)).toEqual(["/mj/submit/action"]);
  });

  it("confirms a task found waiting in MODAL later (confirmModal)", async () => {
    server.handle((_req, res) => sendJson(res, 200, { code: 1, description: "Submit success", result: "1732000000000403" }));
    expect(await clientFor().confirmModal!({ taskId: "1732000000000403", prompt: "a cat", notifyId: "n" })).toEqual({ taskId: "1732000000000403" });
    expect(server.requests[0]).toMatchObject({ path: "/mj/submit/modal" });
    expect(server.requests[0].json()).toEqual({ taskId: "1732000000000403", prompt: "a cat --fast" });
  });
});

describe("[NEW API] speed mode survives the gateway only as a prompt flag", () => {
  it("adds --relax to the prompt (New API deletes accountFilter, service/midjourney.go:171-176)", async () => {
    server.handle((_req, res) => sendJson(res, 200, { code: 1, description: "Submit success", result: "1732000000000500" }));
    await clientFor("newapi", { defaultMode: "relax" }).imagine({ prompt: "a cat --ar 3:2", notifyId: "n" });
    expect(server.requests[0].json()).toMatchObject({ prompt: "a cat --ar 3:2 --relax" });
    await clientFor("4allapi").imagine({ prompt: "a cat", mode: "turbo", notifyId: "n" });
    expect(server.requests[1].json()).toMatchObject({ prompt: "a cat --turbo" });
  });

  it("keeps a mode flag the prompt already has", async () => {
    server.handle((_req, res) => sendJson(res, 200, { code: 1, description: "Submit success", result: "1732000000000501" }));
    await clientFor("newapi", { defaultMode: "relax" }).imagine({ prompt: "a cat --fast", notifyId: "n" });
    expect(server.requests[0].json()).toMatchObject({ prompt: "a cat --fast" });
  });

  it("keeps accountFilter (and no flag) for a self-hosted proxy", async () => {
    server.handle((_req, res) => sendJson(res, 200, { code: 1, description: "Submit success", result: "1732000000000502" }));
    await clientFor("generic", { defaultMode: "relax" }).imagine({ prompt: "a cat", notifyId: "n" });
    expect(server.requests[0].json()).toMatchObject({ prompt: "a cat", accountFilter: { modes: ["RELAX"] } });
  });

  it("carries the mode on shorten's prompt too", async () => {
    server.handle((_req, res) => sendJson(res, 200, { code: 1, description: "Submit success", result: "1732000000000503" }));
    await clientFor("newapi", { defaultMode: "relax" }).shorten!({ prompt: "a very long cat", notifyId: "n" });
    expect(server.requests[0].json()).toMatchObject({ prompt: "a very long cat --relax" });
  });
});

describe("[NEW API] answers the studio used to misread", () => {
  it('reads HTTP 400 {code: 4, description: "task_no_found "} for an unknown id as NOT_FOUND', async () => {
    server.handle((_req, res) => sendJson(res, 400, relayError("task_no_found")));
    expect(await expectVendorError(clientFor().fetchTask("0"))).toMatchObject({ code: "NOT_FOUND" });
  });

  it("says OK to a valid key when the probe's task does not exist (HTTP 400 code 4)", async () => {
    server.handle((_req, res) => sendJson(res, 400, relayError("task_no_found")));
    expect(await clientFor("dataeyes").checkConnection()).toMatchObject({ ok: true });
  });

  it("says the key was refused on New API's 401", async () => {
    server.handle((_req, res) => sendJson(res, 401, { error: { message: "无效的令牌", type: "new_api_error" } }));
    expect(await clientFor("dataeyes").checkConnection()).toMatchObject({ ok: false, failureCode: "BAD_KEY" });
  });

  it("reads upstream code 23 (passed through by New API) as a full queue", async () => {
    server.handle((_req, res) =>
      sendJson(res, 200, { code: 23, description: "队列已满，请稍后尝试", result: "14001929738841620", properties: { discordInstanceId: "1" } }),
    );
    expect(await expectVendorError(clientFor().imagine({ prompt: "a cat", notifyId: "n" }))).toMatchObject({ code: "QUEUE_FULL", vendorCode: 23 });
  });

  it("reads New API's own unknown_action refusal (HTTP 400 code 4) as a bad request with its words", async () => {
    server.handle((_req, res) => sendJson(res, 400, relayError("unknown_action:MJ::JOB::animate_high::1::5f3c::SOLO")));
    const error = await expectVendorError(
      clientFor().act({ parentTaskId: "p", action: { key: "upscale:1", label: "U1", payload: "MJ::JOB::upsample::1::5f3c" }, notifyId: "n" }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toContain("unknown_action");
  });
});

describe("[NEW API] images come from ServerAddress + /mj/image/{id}", () => {
  const successTask = (imageUrl: string) => ({ ...freshTask("1732000000000600"), status: "SUCCESS", progress: "100%", imageUrl, buttons: [] });

  it("rewrites http://localhost:3000/mj/image/{id} (the default ServerAddress) to the connection's own address", async () => {
    server.handle((_req, res) => sendJson(res, 200, successTask("http://localhost:3000/mj/image/1732000000000600")));
    const snapshot = await clientFor().fetchTask("1732000000000600");
    expect(snapshot.imageUrl).toBe(`${server.url}/mj/image/1732000000000600`);
    expect(snapshot.fallbackImageUrls).toEqual(["http://localhost:3000/mj/image/1732000000000600"]);
  });

  it("downloads the rewritten address with the connection's key", async () => {
    server.handle((req, res) =>
      req.path.endsWith("/fetch")
        ? sendJson(res, 200, successTask("https://mj.example.com/mj/image/1732000000000600"))
        : res.writeHead(200, { "Content-Type": "image/png" }).end(Buffer.from("png")),
    );
    const client = clientFor();
    const snapshot = await client.fetchTask("1732000000000600");
    const image = await client.downloadImage(snapshot.imageUrl!, 1000);
    expect(image.bytes.toString()).toBe("png");
    expect(server.requests.at(-1)).toMatchObject({ path: "/mj/image/1732000000000600", headers: { authorization: "Bearer sk-newapi-5678" } });
  });
});
