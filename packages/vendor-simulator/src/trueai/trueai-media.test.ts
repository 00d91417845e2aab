// Issue 14 on the /sim/trueai mount: video and edits as trueai's code shapes them
// (SubmitController.cs:776-1024, TaskInfo.cs:780-805 and 1110-1163, CustomComponentModel.cs:67-88).
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { dataUrl, expectMp4, pngWithHole } from "../testing/media-test-kit";
import { waitFor, type MjJson } from "../testing/sim-test-kit";
import { trueaiTestSession } from "./trueai-test-session";

const session = trueaiTestSession();
const { trueai, button } = session;

const settle = (id: string): Promise<MjJson> =>
  waitFor(async () => {
    const { json } = await trueai(`/mj/task/${id}/fetch`);
    return ["SUCCESS", "FAILURE"].includes(json?.status) ? json : undefined;
  }, 30_000);

const frame = () =>
  sharp({ create: { width: 768, height: 768, channels: 3, background: "#804020" } })
    .png()
    .toBuffer();

describe("trueai video", () => {
  it("trueai: a VIDEO task's imageUrl, videoUrl, videoUrls and imageUrls are the MP4s with thumbnails; buttons U1..Un and Extend", async () => {
    const submitted = await trueai("/mj/submit/video", { prompt: "a slow turn", image: dataUrl(await frame()), batchSize: 2, motion: "low" });
    expect(submitted.status).toBe(200);
    expect(submitted.json).toMatchObject({ code: 1, result: expect.any(String) });
    const task = await settle(submitted.json.result);
    expect(task).toMatchObject({ action: "VIDEO", status: "SUCCESS", description: "/video a slow turn", contentType: "video/mp4" });
    expect(task.videoUrls).toHaveLength(2);
    expect(task.imageUrls).toEqual(task.videoUrls);
    expect(task.imageUrl).toBe(task.videoUrls[0].url);
    expect(task.videoUrl).toBe(task.videoUrls[0].url);
    expect(task.thumbnailUrl).toBe(task.videoUrls[0].thumbnail);
    // A square start frame: 624x624 keeps the pixel count of 832x464 in whole macroblocks.
    await expectMp4(task.videoUrl, 624, 624);
    expect(task.buttons.map((b: { label: string }) => b.label)).toEqual(["U1", "U2", "Extend (High motion)", "Extend (Low motion)"]);
    const picked = await settle((await trueai("/mj/submit/action", { taskId: task.id, customId: button(task, "U2") })).json.result);
    expect(picked).toMatchObject({ action: "UPSCALE", status: "SUCCESS" });
    expect(picked.buttons.map((b: { label: string }) => b.label)).toEqual(["Extend (High motion)", "Extend (Low motion)"]);
  }, 60_000);

  it("trueai: refuses a blank prompt (SubmitController.cs:931-934) and a taskId without action extend (:994-997) with HTTP 200 code 4", async () => {
    const blank = await trueai("/mj/submit/video", { prompt: " ", image: dataUrl(await frame()) });
    expect(blank.status).toBe(200);
    expect(blank.json).toMatchObject({ code: 4, description: "Prompt 不能为空", result: null });
    const noAction = await trueai("/mj/submit/video", { prompt: "x", taskId: "1700000000000001" });
    expect(noAction.json).toMatchObject({ code: 4 });
    expect(noAction.json.description).toMatch(/任务类型错误/);
  });
});

describe("trueai edits", () => {
  it("trueai: /mj/submit/edit and /edits make an EDIT task described '/edit <prompt>'; retexture a RETEXTURE (SubmitController.cs:781-913)", async () => {
    const picture = await pngWithHole(512, 512, [10, 20, 200], { left: 0, top: 0, width: 256, height: 256 });
    const edit = await settle((await trueai("/mj/submit/edit", { prompt: "a sun", image: dataUrl(picture) })).json.result);
    expect(edit).toMatchObject({ action: "EDIT", description: "/edit a sun", status: "SUCCESS" });
    expect(edit.imageUrls).toHaveLength(4);
    const retexture = await settle((await trueai("/mj/submit/retexture", { prompt: "wood", image: dataUrl(picture) })).json.result);
    expect(retexture).toMatchObject({ action: "RETEXTURE", description: "/retexture wood" });
    const empty = await trueai("/mj/submit/edits", { prompt: "x" });
    expect(empty.json).toMatchObject({ code: 4 });
    expect(empty.json.description).toMatch(/image或prompt不能为空/);
  }, 60_000);
});
