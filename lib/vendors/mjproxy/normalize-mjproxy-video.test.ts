// Video, clip and edit tasks as trueai and New API serialise them -> TaskSnapshot.
import { describe, expect, it } from "vitest";
import { fixture } from "../fixtures/read-fixture";
import { MJPROXY_PROFILES } from "./mjproxy-profiles";
import { normalizeMjproxyTask } from "./normalize-mjproxy-task";

const trueai = { profile: MJPROXY_PROFILES.generic, baseUrl: "http://10.0.0.8:8080" };
const newapi = { profile: MJPROXY_PROFILES.newapi, baseUrl: "https://newapi.example.com" };
const fourall = { profile: MJPROXY_PROFILES["4allapi"], baseUrl: "https://4allapi.example.com" };
const J = "7c1e2a4b-3f5d-4e6a-9b8c-0d1e2f3a4b5c";
const clip = (i: number) => `https://cdn.midjourney.com/video/${J}/0_${i}.mp4`;

describe("midjourney-proxy video tasks", () => {
  it("reads a trueai VIDEO task: the clips from videoUrls, the poster from the first thumbnail, no image or tiles", () => {
    const snapshot = normalizeMjproxyTask(fixture("mjproxy-task-trueai-video.json"), trueai);
    expect(snapshot).toMatchObject({
      taskId: "1751234567890123",
      status: "SUCCEEDED",
      progress: 100,
      notifyId: "n-video-1",
      videoUrls: [0, 1, 2, 3].map(clip),
      posterUrl: `https://cdn.midjourney.com/${J}/0_0_640_N.webp`,
    });
    // imageUrl is clip 1 and imageUrls repeat the clips (TaskInfo.cs:782-806): never stored as images.
    expect(snapshot).not.toHaveProperty("imageUrl");
    expect(snapshot).not.toHaveProperty("tileUrls");
    expect(snapshot).not.toHaveProperty("fallbackImageUrls");
    expect(snapshot?.actions.map((a) => `${a.key}=${a.payload}`)).toEqual([
      ...[1, 2, 3, 4].map((i) => `video_upscale:${i}=MJ::JOB::video_virtual_upscale::${i}::${J}`),
      `reroll=MJ::JOB::reroll::0::${J}::SOLO`,
      // Extend through /mj/submit/video {action: "extend", index}: the payload is the motion.
      "extend:high=high",
      "extend:low=low",
    ]);
  });

  it("reads a trueai clip (an UPSCALE whose imageUrl is an .mp4) as a one-clip video with its Extend buttons", () => {
    const snapshot = normalizeMjproxyTask(fixture("mjproxy-task-trueai-video-clip.json"), trueai);
    expect(snapshot).toMatchObject({ status: "SUCCEEDED", videoUrls: [clip(2)] });
    expect(snapshot).not.toHaveProperty("imageUrl");
    expect(snapshot?.actions.map((a) => `${a.key}=${a.payload}`)).toEqual([
      `extend:high=MJ::JOB::animate_high_extend::1::${J}`,
      `extend:low=MJ::JOB::animate_low_extend::1::${J}`,
    ]);
  });

  it("reads New API's VIDEO task from videoUrl alone, not from its /mj/image/{id} imageUrl, and drops the clip buttons it refuses", () => {
    const snapshot = normalizeMjproxyTask(fixture("mjproxy-task-newapi-video.json"), newapi);
    expect(snapshot).toMatchObject({
      taskId: "1751234567890999",
      status: "SUCCEEDED",
      videoUrls: ["https://cdn.midjourney.com/video/9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a/0_0.mp4"],
    });
    expect(snapshot).not.toHaveProperty("imageUrl");
    expect(snapshot).not.toHaveProperty("posterUrl");
    // video_virtual_upscale is "unknown_action" at New API (service/midjourney.go CoverPlusActionToNormalAction).
    expect(snapshot?.actions.map((a) => a.key)).toEqual(["reroll", "extend:high", "extend:low"]);
  });

  it("reads New API's videoUrls [{url}] when it has them, in order", () => {
    const task = { ...(fixture("mjproxy-task-newapi-video.json") as object), videoUrls: [{ url: clip(0) }, { url: clip(1) }] };
    expect(normalizeMjproxyTask(task, newapi)?.videoUrls).toEqual([clip(0), clip(1)]);
  });

  it("makes a relative video address absolute on the connection", () => {
    const task = { id: "v-1", action: "VIDEO", status: "SUCCESS", videoUrl: "/files/v-1.mp4" };
    expect(normalizeMjproxyTask(task, trueai)?.videoUrls).toEqual(["http://10.0.0.8:8080/files/v-1.mp4"]);
  });

  it("offers no video follow-up where the vendor has no video (4AllAPI)", () => {
    expect(normalizeMjproxyTask(fixture("mjproxy-task-trueai-video.json"), fourall)?.actions.map((a) => a.key)).toEqual(["reroll"]);
    const upscale = normalizeMjproxyTask(fixture("mjproxy-task-trueai-upscale.json"), fourall);
    expect(upscale?.actions.some((a) => a.key.startsWith("animate:"))).toBe(false);
  });

  it("offers Animate on an upscale at trueai and New API (New API animates through /mj/submit/video)", () => {
    for (const context of [trueai, newapi]) {
      const upscale = normalizeMjproxyTask(fixture("mjproxy-task-trueai-upscale.json"), context);
      expect(upscale?.actions.filter((a) => a.key.startsWith("animate:")).map((a) => a.key)).toEqual(["animate:high", "animate:low"]);
      expect(upscale).toMatchObject({ imageUrl: "https://cdn.midjourney.com/0b7e2c4e-6f1d-4c83-9a3e-5ad7e1c2b001/0_0.png" });
      expect(upscale).not.toHaveProperty("videoUrls");
    }
  });

  it("shows no clips while a video runs", () => {
    const running = { ...(fixture("mjproxy-task-trueai-video.json") as object), status: "IN_PROGRESS", progress: "40%" };
    const snapshot = normalizeMjproxyTask(running, trueai);
    expect(snapshot).toMatchObject({ status: "RUNNING", progress: 40, actions: [] });
    expect(snapshot).not.toHaveProperty("videoUrls");
  });
});

describe("midjourney-proxy edit and retexture tasks", () => {
  it.each(["EDIT", "EDITS", "RETEXTURE"])("reads a finished %s task like an image task", (action) => {
    const task = {
      id: "e-1",
      action,
      status: "SUCCESS",
      prompt: "a red hat",
      imageUrl: "https://cdn.midjourney.com/e1/grid_0.png",
      imageUrls: [0, 1, 2, 3].map((i) => ({ url: `https://cdn.midjourney.com/e1/0_${i}.png`, thumbnail: "" })),
      buttons: [{ customId: "MJ::JOB::upsample::1::e1", label: "U1" }],
    };
    const snapshot = normalizeMjproxyTask(task, trueai);
    expect(snapshot).toMatchObject({
      status: "SUCCEEDED",
      prompt: "a red hat",
      imageUrl: "https://cdn.midjourney.com/e1/grid_0.png",
      tileUrls: [0, 1, 2, 3].map((i) => `https://cdn.midjourney.com/e1/0_${i}.png`),
      actions: [{ key: "upscale:1", label: "U1", payload: "MJ::JOB::upsample::1::e1" }],
    });
    expect(snapshot).not.toHaveProperty("videoUrls");
  });
});
