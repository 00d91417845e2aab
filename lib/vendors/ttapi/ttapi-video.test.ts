// What the TTAPI adapter sends for video, extend and image edits, how it reads their answers
// (data.job_id and the older data.jobId), and the clear errors for bad input.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createVendorClient } from "../create-vendor-client";
import { fixture } from "../fixtures/read-fixture";
import { expectVendorError } from "../testing/expect-vendor-error";
import { sendJson, startScriptedServer, type ScriptedServer } from "../testing/start-scripted-server";
import type { VendorClient, VideoRequest } from "../types";

let server: ScriptedServer;
let client: VendorClient;
const HOOK = "https://studio.example.com/api/webhooks/ttapi";

beforeAll(async () => {
  server = await startScriptedServer();
  client = createVendorClient(
    { protocol: "ttapi", profile: "generic", baseUrl: server.url, apiKey: "tt-key", defaultMode: "relax", timeoutMs: 1500 },
    { deps: { retry: { attempts: 2, baseDelayMs: 1, maxDelayMs: 2 } }, pollIntervalMs: 5, waitTimeoutMs: 500 },
  );
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
  server.handle((_req, res) => sendJson(res, 200, fixture("ttapi-video-submit-success.json")));
});

const video = (patch: Partial<VideoRequest> = {}): VideoRequest => ({
  image: "https://img.example.com/first.png",
  prompt: "waves roll in",
  motion: "low",
  batchSize: 2,
  resolution: "hd",
  notifyId: "n-v",
  hookUrl: HOOK,
  ...patch,
});

describe("TTAPI video", () => {
  it("submits /midjourney/video/submit with imageUrl, manual (the motion), resolution, bs and data.job_id back", async () => {
    const result = await client.video!(video({ endImage: "https://img.example.com/last.png", loop: true }));
    expect(result).toEqual({ taskId: "b1f2c3d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d" });
    const req = server.requests[0];
    expect(req.path).toBe("/midjourney/video/submit");
    expect(req.headers["tt-api-key"]).toBe("tt-key");
    expect(req.json()).toEqual({
      prompt: "waves roll in",
      imageUrl: "https://img.example.com/first.png",
      endingUrl: "https://img.example.com/last.png",
      mode: "fast",
      manual: "low",
      resolution: "hd",
      bs: 2,
      loop: true,
      hookUrl: HOOK,
      notify_id: "n-v",
    });
  });

  it("reads the older page's data.jobId too", async () => {
    server.handle((_req, res) => sendJson(res, 200, fixture("ttapi-video-submit-success-jobid.json")));
    expect(await client.video!(video())).toEqual({ taskId: "a0e1d2c3-4b5a-4697-8887-766554433221" });
  });

  it("says a SUCCESS without any job id has an unknown outcome", async () => {
    server.handle((_req, res) => sendJson(res, 200, { status: "SUCCESS", message: "success", data: {} }));
    expect(await expectVendorError(client.video!(video()))).toMatchObject({ code: "VENDOR_ERROR", outcomeUnknown: true });
  });

  it("refuses a data URL as a frame: TTAPI needs a public address", async () => {
    for (const patch of [{ image: "data:image/png;base64,AA==" }, { endImage: "data:image/png;base64,AA==" }]) {
      const error = await expectVendorError(client.video!(video(patch)));
      expect(error.code).toBe("BAD_REQUEST");
      expect(error.message).toMatch(/TTAPI needs a public address/);
    }
    expect((await expectVendorError(client.video!(video({ image: "" })))).message).toMatch(/first frame \(image\) is missing/);
    expect(server.requests).toHaveLength(0);
  });

  it("extends with jobId, index, manual and animateMode auto (no prompt) or manual (with one)", async () => {
    await client.extendVideo!({ parentTaskId: "job-v", index: 3, motion: "high", prompt: "", batchSize: 4, notifyId: "n-1" });
    await client.extendVideo!({ parentTaskId: "job-v", index: 0, motion: "low", prompt: " the tide turns ", batchSize: 1, notifyId: "n-2", hookUrl: HOOK });
    expect(server.requests.map((r) => r.path)).toEqual(["/midjourney/video/extend", "/midjourney/video/extend"]);
    expect(server.requests[0].json()).toEqual({ jobId: "job-v", index: 3, manual: "high", animateMode: "auto", bs: 4, notify_id: "n-1" });
    expect(server.requests[1].json()).toEqual({
      jobId: "job-v",
      index: 0,
      manual: "low",
      animateMode: "manual",
      prompt: "the tide turns",
      bs: 1,
      hookUrl: HOOK,
      notify_id: "n-2",
    });
  });

  it("refuses an extend of clip 4 before sending", async () => {
    const error = await expectVendorError(client.extendVideo!({ parentTaskId: "j", index: 4, motion: "low", prompt: "", batchSize: 4, notifyId: "n" }));
    expect(error).toMatchObject({ code: "BAD_REQUEST" });
    expect(server.requests).toHaveLength(0);
  });

  it("fetches a video like any job and reads its clips through readTtapiVideoResult, with extend offered", async () => {
    server.handle((_req, res) => sendJson(res, 200, fixture("ttapi-video-fetch-assumed.json")));
    const snapshot = await client.fetchTask("b1f2c3d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d", "video");
    expect(server.requests[0].path).toBe("/midjourney/v1/fetch");
    expect(server.requests[0].json()).toEqual({ jobId: "b1f2c3d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d" });
    expect(snapshot).toMatchObject({
      status: "SUCCEEDED",
      videoUrls: [0, 1, 2, 3].map((i) => `https://cdnb.ttapi.io/2026-03-01/video/b1f2c3d4_${i}.mp4`),
      posterUrl: "https://cdnb.ttapi.io/2026-03-01/video/b1f2c3d4_0.webp",
      quota: 8,
      notifyId: "n-video-1",
      actions: [
        { key: "extend:high", label: "Extend (High motion)", payload: "high" },
        { key: "extend:low", label: "Extend (Low motion)", payload: "low" },
      ],
    });
    // The posters are not the four tiles of a grid.
    expect(snapshot).not.toHaveProperty("tileUrls");
    expect(snapshot).not.toHaveProperty("imageUrl");
  });

  it("has no animate or extend action to send: they go through video() and extendVideo()", async () => {
    const error = await expectVendorError(
      client.act({ parentTaskId: "j", action: { key: "extend:low", label: "Extend (Low motion)", payload: "low" }, notifyId: "n" }),
    );
    expect(error.message).toMatch(/extendVideo/);
    expect(server.requests).toHaveLength(0);
  });

  it("downloads a clip from its CDN as video/mp4", async () => {
    server.handle((_req, res) => res.writeHead(200, { "Content-Type": "video/mp4" }).end(Buffer.from("mp4")));
    expect((await client.downloadImage(`${server.url}/video/a.mp4`, 100, "video")).contentType).toBe("video/mp4");
  });
});

describe("TTAPI image edits", () => {
  const PNG = "data:image/png;base64,iVBORw0KGgo=";

  it("submits /midjourney/image-edits/submit {prompt, image, mode, type, hookUrl} and reads data.job_id", async () => {
    server.handle((_req, res) => sendJson(res, 200, fixture("ttapi-image-edits-submit-success.json")));
    const result = await client.editImage!({ image: PNG, prompt: "a red hat", type: "retexture", aspectRatio: "16:9", notifyId: "n-e", hookUrl: HOOK });
    expect(result).toEqual({ taskId: "e0d1c2b3-a495-4867-b8c9-d0e1f2a3b4c5" });
    expect(server.requests[0].path).toBe("/midjourney/image-edits/submit");
    expect(server.requests[0].json()).toEqual({ prompt: "a red hat --ar 16:9", image: PNG, mode: "relax", type: "retexture", hookUrl: HOOK, notify_id: "n-e" });
  });

  it("fetches an edit at GET /midjourney/image-edits/fetch?jobId= and reads it like an image job", async () => {
    server.handle((_req, res) => sendJson(res, 200, fixture("ttapi-fetch-success.json")));
    const snapshot = await client.fetchTask("e0d1c2b3", "edit");
    expect(server.requests[0].method).toBe("GET");
    expect(server.requests[0].path).toBe("/midjourney/image-edits/fetch?jobId=e0d1c2b3");
    expect(snapshot.status).toBe("SUCCEEDED");
    expect(snapshot.imageUrl).toMatch(/^https:\/\//);
    expect(snapshot).not.toHaveProperty("videoUrls");
  });

  it("refuses an edit without an image or a prompt before sending", async () => {
    expect((await expectVendorError(client.editImage!({ image: "", prompt: "x", type: "edit", notifyId: "n" }))).message).toMatch(/image to edit is missing/);
    expect((await expectVendorError(client.editImage!({ image: PNG, prompt: "", type: "edit", notifyId: "n" }))).message).toMatch(/needs a prompt/);
    expect(server.requests).toHaveLength(0);
  });
});
