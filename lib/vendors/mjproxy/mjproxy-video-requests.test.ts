// What the midjourney-proxy adapter sends for video, extend, edits and retexture, over a real
// socket, and the clear errors for bad input (nothing reaches the vendor then).
import type { MjproxyProfile } from "@/lib/domain/vendor-protocol";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createVendorClient } from "../create-vendor-client";
import { fixture } from "../fixtures/read-fixture";
import { expectVendorError } from "../testing/expect-vendor-error";
import { sendJson, startScriptedServer, type ScriptedServer } from "../testing/start-scripted-server";
import type { OfferedAction, VendorClient, VideoExtendRequest, VideoRequest } from "../types";

let server: ScriptedServer;
const options = { deps: { retry: { attempts: 2, baseDelayMs: 1, maxDelayMs: 2 } }, pollIntervalMs: 5, waitTimeoutMs: 500 };
const clientFor = (profile: MjproxyProfile): VendorClient =>
  createVendorClient({ protocol: "mjproxy", profile, baseUrl: `${server.url}/mj`, apiKey: "sk-1", defaultMode: "fast", timeoutMs: 1500 }, options);

beforeAll(async () => {
  server = await startScriptedServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
  server.handle((_req, res) => sendJson(res, 200, fixture("mjproxy-video-submit-response.json")));
});

const H = "0b7e2c4e-6f1d-4c83-9a3e-5ad7e1c2b001";
const animateHigh: OfferedAction = { key: "animate:high", label: "Animate (High motion)", payload: `MJ::JOB::animate_high::1::${H}::SOLO` };
const HOOK = "https://studio.example.com/api/webhooks/mjproxy";
const video = (patch: Partial<VideoRequest> = {}): VideoRequest => ({
  image: "https://cdn.midjourney.com/a/0_0.png",
  prompt: "",
  motion: "high",
  batchSize: 4,
  resolution: "sd",
  notifyId: "n-v",
  hookUrl: HOOK,
  ...patch,
});
const extend = (patch: Partial<VideoExtendRequest> = {}): VideoExtendRequest => ({
  parentTaskId: "1751234567890123",
  index: 2,
  motion: "low",
  prompt: "",
  batchSize: 4,
  notifyId: "n-x",
  ...patch,
});

describe("midjourney-proxy video", () => {
  it("sends /mj/submit/video with SubmitVideoDTO's fields, the speed as a prompt flag (trueai refuses a blank prompt)", async () => {
    const result = await clientFor("generic").video!(
      video({ prompt: "waves roll in", endImage: "data:image/png;base64,AA==", loop: true, batchSize: 2, resolution: "hd", mode: "relax" }),
    );
    expect(result).toEqual({ taskId: "1751234567890123" });
    expect(server.requests.map((r) => r.path)).toEqual(["/mj/submit/video"]);
    expect(server.requests[0].json()).toEqual({
      prompt: "waves roll in --relax",
      motion: "high",
      image: "https://cdn.midjourney.com/a/0_0.png",
      endImage: "data:image/png;base64,AA==",
      loop: true,
      videoType: "vid_1.1_i2v_720",
      batchSize: 2,
      notifyHook: HOOK,
      state: "n-v",
    });
  });

  it("animates automatically with the flag alone, SD as vid_1.1_i2v_480, and no taskId", async () => {
    await clientFor("newapi").video!(video({ image: "data:image/png;base64,AA==", parentTaskId: "p-1", action: animateHigh }));
    // New API refuses the Animate button (unknown_action), so even with one it is the video route.
    expect(server.requests.map((r) => r.path)).toEqual(["/mj/submit/video"]);
    expect(server.requests[0].json()).toEqual({
      prompt: "--fast",
      motion: "high",
      image: "data:image/png;base64,AA==",
      videoType: "vid_1.1_i2v_480",
      batchSize: 4,
      notifyHook: HOOK,
      state: "n-v",
    });
  });

  it("presses trueai's Animate button for a plain automatic animation of a task", async () => {
    await clientFor("generic").video!(video({ parentTaskId: "1751234500000001", action: animateHigh }));
    expect(server.requests.map((r) => r.path)).toEqual(["/mj/submit/action"]);
    expect(server.requests[0].json()).toEqual({
      customId: animateHigh.payload,
      taskId: "1751234500000001",
      chooseSameChannel: true,
      notifyHook: HOOK,
      state: "n-v",
    });
  });

  it("confirms the Animate task a remix-mode account parks in MODAL, with the prompt trueai proposes", async () => {
    server.handle((req, res) => {
      if (req.path === "/mj/submit/action") {
        return sendJson(res, 200, {
          code: 21,
          description: "Waiting for window confirm",
          result: "v-modal",
          properties: { finalPrompt: "a lighthouse --video 1", remix: true },
        });
      }
      sendJson(res, 200, { code: 1, description: "Submit Success", result: "v-modal" });
    });
    expect(await clientFor("generic").video!(video({ parentTaskId: "p", action: animateHigh }))).toEqual({ taskId: "v-modal" });
    expect(server.requests.map((r) => r.path)).toEqual(["/mj/submit/action", "/mj/submit/modal"]);
    expect(server.requests[1].json()).toEqual({ taskId: "v-modal", prompt: "a lighthouse --video 1" });
  });

  it.each([
    ["a manual prompt", { prompt: "slow pan" }],
    ["a last frame", { endImage: "https://cdn.midjourney.com/b.png" }],
    ["a loop", { loop: true }],
    ["one clip", { batchSize: 1 as const }],
    ["HD", { resolution: "hd" as const }],
    ["the other motion", { motion: "low" as const }],
  ])("uses /mj/submit/video instead of the button for %s", async (_what, patch) => {
    await clientFor("generic").video!(video({ parentTaskId: "p", action: animateHigh, ...patch }));
    expect(server.requests.map((r) => r.path)).toEqual(["/mj/submit/video"]);
  });

  it("extends clip `index` of a video task through /mj/submit/video {action: extend}", async () => {
    await clientFor("newapi").extendVideo!(
      extend({ prompt: "the wave breaks", batchSize: 2, action: { key: "extend:low", label: "Extend (Low motion)", payload: "low" } }),
    );
    expect(server.requests.map((r) => r.path)).toEqual(["/mj/submit/video"]);
    expect(server.requests[0].json()).toEqual({
      action: "extend",
      index: 2,
      taskId: "1751234567890123",
      motion: "low",
      prompt: "the wave breaks --fast",
      batchSize: 2,
      state: "n-x",
    });
  });

  it("extends an HD video in HD: the extend carries the video's resolution as videoType", async () => {
    await clientFor("newapi").extendVideo!(extend({ prompt: "the tide", resolution: "hd" }));
    expect(server.requests[0].json()).toMatchObject({ action: "extend", videoType: "vid_1.1_i2v_720" });
  });

  it("presses a clip's Extend button at trueai for an automatic extend", async () => {
    const button: OfferedAction = { key: "extend:low", label: "Extend (Low motion)", payload: `MJ::JOB::animate_low_extend::1::${H}` };
    await clientFor("generic").extendVideo!(extend({ parentTaskId: "clip-1", index: 0, action: button }));
    expect(server.requests.map((r) => r.path)).toEqual(["/mj/submit/action"]);
    expect(server.requests[0].json()).toEqual({ customId: button.payload, taskId: "clip-1", chooseSameChannel: true, state: "n-x" });
  });

  it("refuses bad video input with a clear error and sends nothing", async () => {
    const client = clientFor("generic");
    const cases: [Promise<unknown>, RegExp][] = [
      [client.video!(video({ image: "" })), /first frame \(image\) is missing/],
      [client.video!(video({ image: "/tmp/a.png" })), /http\(s\) address or a base64 data URL/],
      [client.video!(video({ batchSize: 3 as never })), /1, 2 or 4 clips/],
      [client.video!(video({ motion: "medium" as never })), /"low" or "high"/],
      [client.extendVideo!(extend({ index: 4 })), /clip 0-3/],
      [client.extendVideo!(extend({ parentTaskId: " " })), /parentTaskId/],
    ];
    for (const [promise, message] of cases) {
      const error = await expectVendorError(promise);
      expect(error.code).toBe("BAD_REQUEST");
      expect(error.message).toMatch(message);
    }
    expect(server.requests).toHaveLength(0);
  });

  it("leaves video and edits off the client where the vendor documents neither (4AllAPI, DataEyes)", () => {
    for (const profile of ["4allapi", "dataeyes"] as const) {
      const client = clientFor(profile);
      expect(client.video).toBeUndefined();
      expect(client.extendVideo).toBeUndefined();
      expect(client.editImage).toBeUndefined();
    }
  });

  it("refuses a clip button at New API and a buttonless video key anywhere, before sending", async () => {
    const clipButton: OfferedAction = { key: "video_upscale:1", label: "Clip 1", payload: `MJ::JOB::video_virtual_upscale::1::${H}` };
    expect((await expectVendorError(clientFor("newapi").act({ parentTaskId: "v", action: clipButton, notifyId: "n" }))).message).toMatch(
      /does not relay Midjourney's video buttons/,
    );
    const synthetic: OfferedAction = { key: "extend:low", label: "Extend (Low motion)", payload: "low" };
    expect((await expectVendorError(clientFor("generic").act({ parentTaskId: "v", action: synthetic, notifyId: "n" }))).message).toMatch(/use extendVideo/);
    expect(server.requests).toHaveLength(0);
    // At trueai a clip button is an ordinary action (SubmitController.cs:540-552).
    await clientFor("generic").act({ parentTaskId: "v", action: clipButton, notifyId: "n" });
    expect(server.requests.map((r) => r.path)).toEqual(["/mj/submit/action"]);
  });
});

describe("midjourney-proxy image edits", () => {
  const PNG = "data:image/png;base64,iVBORw0KGgo=";

  it("sends /mj/submit/edits {prompt, image} with the ratio as --ar, no mask field (trueai reads transparency)", async () => {
    const result = await clientFor("newapi").editImage!({ image: PNG, prompt: "a red hat", type: "edit", aspectRatio: "3:4", notifyId: "n-e", mode: "relax" });
    expect(result).toEqual({ taskId: "1751234567890123" });
    expect(server.requests[0].path).toBe("/mj/submit/edits");
    expect(server.requests[0].json()).toEqual({
      prompt: "a red hat --ar 3:4 --relax",
      image: PNG,
      accountFilter: { modes: ["RELAX"] },
      state: "n-e",
    });
  });

  it("sends /mj/submit/retexture at trueai; New API has no retexture route", async () => {
    await clientFor("generic").editImage!({ image: "https://cdn.example.com/a.png", prompt: "marble", type: "retexture", notifyId: "n-r", hookUrl: HOOK });
    expect(server.requests[0].path).toBe("/mj/submit/retexture");
    expect(server.requests[0].json()).toEqual({
      prompt: "marble",
      image: "https://cdn.example.com/a.png",
      accountFilter: { modes: ["FAST"] },
      notifyHook: HOOK,
      state: "n-r",
    });
    const error = await expectVendorError(clientFor("newapi").editImage!({ image: PNG, prompt: "marble", type: "retexture", notifyId: "n" }));
    expect(error).toMatchObject({ code: "BAD_REQUEST" });
    expect(error.message).toMatch(/New API does not offer retexture/);
    expect(server.requests).toHaveLength(1);
  });

  it("refuses an edit without an image, without a prompt, or with a ratio Midjourney's editor lacks", async () => {
    const client = clientFor("generic");
    const cases: [Promise<unknown>, RegExp][] = [
      [client.editImage!({ image: "", prompt: "x", type: "edit", notifyId: "n" }), /image to edit is missing/],
      [client.editImage!({ image: PNG, prompt: " ", type: "edit", notifyId: "n" }), /Edit needs a prompt/],
      [client.editImage!({ image: PNG, prompt: "x", type: "edit", aspectRatio: "5:4", notifyId: "n" }), /not 5:4/],
      [client.editImage!({ image: PNG, prompt: "x", type: "paint" as never, notifyId: "n" }), /"edit" or "retexture"/],
    ];
    for (const [promise, message] of cases) expect((await expectVendorError(promise)).message).toMatch(message);
    expect(server.requests).toHaveLength(0);
  });

  it("reads a refused edit in the vendor's words (trueai code 4 禁止上传 when base64 uploads are off)", async () => {
    server.handle((_req, res) => sendJson(res, 200, { code: 4, description: "禁止上传", result: null }));
    const error = await expectVendorError(clientFor("generic").editImage!({ image: PNG, prompt: "x", type: "edit", notifyId: "n" }));
    expect(error.message).toContain("禁止上传");
  });
});

describe("midjourney-proxy clip downloads", () => {
  it("downloads an MP4 only when asked for a video, and an image only when asked for an image", async () => {
    server.handle((req, res) => {
      if (req.path.endsWith(".mp4")) return res.writeHead(200, { "Content-Type": "video/mp4" }).end(Buffer.from("mp4"));
      res.writeHead(200, { "Content-Type": "image/png" }).end(Buffer.from("png"));
    });
    const client = clientFor("generic");
    expect(await client.downloadImage(`${server.url}/files/v.mp4`, 1000, "video")).toEqual({ bytes: Buffer.from("mp4"), contentType: "video/mp4" });
    expect(server.requests[0].headers.accept).toBe("video/mp4");
    expect((await expectVendorError(client.downloadImage(`${server.url}/files/v.mp4`, 1000))).message).toMatch(/video\/mp4, not an image/);
    expect((await expectVendorError(client.downloadImage(`${server.url}/files/p.png`, 1000, "video"))).message).toMatch(/image\/png, not an MP4/);
    expect((await expectVendorError(client.downloadImage("https://evil.example.com/v.mp4", 1000, "video"))).message).toMatch(/Refusing to download/);
  });
});
