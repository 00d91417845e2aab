import { describe, expect, it } from "vitest";
import { fixture } from "../fixtures/read-fixture";
import { normalizeTtapiTask } from "./normalize-ttapi-task";

const JOB = "f5850038-90a3-8a97-0476-107ea4b8dac4";

describe("TTAPI task normalization (the documents' own samples)", () => {
  it("reads the SUCCESS callback: grid, tiles, size, quota, U1-U4 / V1-V4", () => {
    const snapshot = normalizeTtapiTask(fixture("ttapi-callback-success.json"));
    expect(snapshot).toMatchObject({ taskId: JOB, status: "SUCCEEDED", progress: 100, width: 1632, height: 2912, quota: 3 });
    // cdnImage first, discordImage as the fallback; the sample's cdnImage is not on TTAPI's CDN.
    expect(snapshot?.imageUrl).toBe("http://127.0.0.1/8080/pics/452020f2-6793-4525-a1b5-472cac439610.png");
    expect(snapshot?.fallbackImageUrls?.[0]).toMatch(/^https:\/\/cdn\.discordapp\.com\/attachments\//);
    expect(snapshot?.tileUrls).toHaveLength(4);
    expect(snapshot?.tileUrls?.[0]).toMatch(/^https:\/\/cdnb\.ttapi\.io\/2024-04-02\/5ac3b8/);
    expect(snapshot?.seed).toBeUndefined(); // "seed": ""
    expect(snapshot?.prompt).toMatch(/^Soccer star Max Kruse/);
    expect(snapshot?.actions).toEqual([
      { key: "upscale:1", label: "U1", payload: "upsample1" },
      { key: "upscale:2", label: "U2", payload: "upsample2" },
      { key: "upscale:3", label: "U3", payload: "upsample3" },
      { key: "upscale:4", label: "U4", payload: "upsample4" },
      { key: "variation:1", label: "V1", payload: "variation1" },
      { key: "variation:2", label: "V2", payload: "variation2" },
      { key: "variation:3", label: "V3", payload: "variation3" },
      { key: "variation:4", label: "V4", payload: "variation4" },
    ]);
    expect(snapshot?.failureCode).toBeUndefined();
  });

  it("reads PENDING_QUEUE (data: []) as accepted and waiting, not as studio-queued", () => {
    expect(normalizeTtapiTask(fixture("ttapi-callback-pending-queue.json"))).toEqual({ taskId: JOB, status: "SUBMITTED", progress: 0, actions: [] });
  });

  it("reads ON_QUEUE as running, caps its progress below 100 and ignores its preview images", () => {
    const snapshot = normalizeTtapiTask(fixture("ttapi-callback-on-queue.json"));
    expect(snapshot).toMatchObject({ taskId: JOB, status: "RUNNING", progress: 99, actions: [] });
    expect(snapshot?.imageUrl).toBeUndefined();
    expect(snapshot?.width).toBeUndefined();
  });

  it("reads the FAILED callback (data: []) with its reason", () => {
    expect(normalizeTtapiTask(fixture("ttapi-callback-failed.json"))).toEqual({
      taskId: JOB,
      status: "FAILED",
      progress: 0,
      actions: [],
      failureReason: "failed",
      failureCode: "VENDOR_ERROR",
    });
  });

  it("echoes notify_id and reads the seed from the documented callback structure", () => {
    const snapshot = normalizeTtapiTask(fixture("ttapi-webhook-structure.json"));
    expect(snapshot).toMatchObject({ notifyId: "user_request_123", seed: "1234567890", quota: 1, width: 1024, imageUrl: "https://cdnb.ttapi.io/..." });
    expect(snapshot?.actions.map((a) => a.key)).toEqual(["upscale:1"]);
  });

  it("reads the /fetch examples (success and running)", () => {
    expect(normalizeTtapiTask(fixture("ttapi-fetch-success.json"))).toMatchObject({ status: "SUCCEEDED", prompt: "a cute cat --ar 1:1", seed: "1234567890" });
    expect(normalizeTtapiTask(fixture("ttapi-fetch-running.json"))).toEqual({ taskId: JOB, status: "RUNNING", progress: 50, actions: [] });
  });

  it("offers Vary (Region) on every upscale, never on a grid", () => {
    const upscale = normalizeTtapiTask({
      status: "SUCCESS",
      jobId: "u1",
      data: {
        actions: "upsample2",
        progress: "100",
        cdnImage: "https://cdnb.ttapi.io/u.png",
        components: ["upscale_subtle", "low_variation", "high_variation", "zoom_out_2", "pan_left", "make_square"],
      },
    });
    expect(upscale?.actions.map((a) => [a.key, a.label])).toEqual([
      ["upscale:subtle", "Upscale (Subtle)"],
      ["vary:subtle", "Vary (Subtle)"],
      ["vary:strong", "Vary (Strong)"],
      ["zoom:2", "Zoom Out 2x"],
      ["pan:left", "Pan Left"],
      ["make_square", "Make Square"],
      ["vary_region", "Vary (Region)"],
    ]);
    const grid = normalizeTtapiTask(fixture("ttapi-callback-success.json"));
    expect(grid?.actions.some((a) => a.key === "vary_region")).toBe(false);
  });

  it("splits a describe result into its prompts", () => {
    const snapshot = normalizeTtapiTask({
      status: "SUCCESS",
      jobId: "d1",
      data: {
        actions: "describe",
        progress: "100",
        prompt: "1️⃣ a red fox in snow --ar 3:2\n\n2️⃣ a fox, watercolor --ar 3:2\n\n3️⃣ fox portrait\n\n4️⃣ winter fox",
      },
    });
    expect(snapshot?.prompts).toEqual(["a red fox in snow --ar 3:2", "a fox, watercolor --ar 3:2", "fox portrait", "winter fox"]);
    expect(snapshot?.imageUrl).toBeUndefined();
  });

  it("tolerates odd fields and refuses what is not a task", () => {
    expect(normalizeTtapiTask({ status: "SUCCESS", jobId: "x", data: { width: "wide", components: "nope", progress: 7 } })).toMatchObject({
      status: "SUCCEEDED",
      progress: 100,
      actions: [],
    });
    expect(normalizeTtapiTask(fixture("ttapi-submit-failed.json"))).toBeUndefined();
    expect(normalizeTtapiTask("hello")).toBeUndefined();
    expect(normalizeTtapiTask({ status: "SOMETHING", jobId: "x" })).toBeUndefined();
  });
});
