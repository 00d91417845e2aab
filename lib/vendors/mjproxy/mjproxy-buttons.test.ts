import { describe, expect, it } from "vitest";
import { fixture } from "../fixtures/read-fixture";
import { mjproxyButtonAction, mjproxyOfferedActions } from "./mjproxy-buttons";

const H = "7af96d1a-67c7-4d74-b173-8430c98c7631";

describe("midjourney-proxy buttons -> studio actions", () => {
  it("maps DataEyes' customId table (U1-U4, reroll, V1-V4) and keeps every customId exactly", () => {
    const table = fixture("dataeyes-custom-id-table.json") as { label: string; customId: string }[];
    const actions = mjproxyOfferedActions(table);
    expect(actions.map((a) => `${a.key}=${a.label}`)).toEqual([
      "upscale:1=U1",
      "upscale:2=U2",
      "upscale:3=U3",
      "upscale:4=U4",
      "reroll=Reroll",
      "variation:1=V1",
      "variation:2=V2",
      "variation:3=V3",
      "variation:4=V4",
    ]);
    expect(actions.map((a) => a.payload)).toEqual(table.map((b) => b.customId));
  });

  it.each([
    [`MJ::JOB::high_variation::1::${H}::SOLO`, "Vary (Strong)", "vary:strong", "Vary (Strong)"],
    [`MJ::JOB::low_variation::1::${H}::SOLO`, "Vary (Subtle)", "vary:subtle", "Vary (Subtle)"],
    [`MJ::JOB::variation::1::${H}::SOLO`, "Make Variations", "vary:strong", "Vary (Strong)"],
    [`MJ::JOB::upsample_v6_2x_subtle::1::${H}::SOLO`, "Upscale (Subtle)", "upscale:subtle", "Upscale (Subtle)"],
    [`MJ::JOB::upsample_v6r1_2x_creative::1::${H}::SOLO`, "Upscale (Creative)", "upscale:creative", "Upscale (Creative)"],
    [`MJ::JOB::upsample_v7_2x_subtle::1::${H}::SOLO`, "Redo Upscale (Subtle)", "redo_upscale:subtle", "Redo Upscale (Subtle)"],
    [`MJ::JOB::upsample_v5_2x::1::${H}::SOLO`, "Upscale (2x)", "upscale:2x", "Upscale (2x)"],
    [`MJ::JOB::upsample_v5_4x::1::${H}::SOLO`, "Redo Upscale (4x)", "redo_upscale:4x", "Redo Upscale (4x)"],
    [`MJ::Outpaint::50::1::${H}::SOLO`, "Zoom Out 2x", "zoom:2", "Zoom Out 2x"],
    [`MJ::Outpaint::75::1::${H}::SOLO`, "Zoom Out 1.5x", "zoom:1.5", "Zoom Out 1.5x"],
    [`MJ::Outpaint::100::1::${H}::SOLO`, "Make Square", "make_square", "Make Square"],
    [`MJ::CustomZoom::${H}`, "Custom Zoom", "zoom:custom", "Custom Zoom"],
    [`MJ::Inpaint::1::${H}::SOLO`, "Vary (Region)", "vary_region", "Vary (Region)"],
    [`MJ::JOB::pan_left::1::${H}::SOLO`, "", "pan:left", "Pan Left"],
    [`MJ::JOB::pan_down::1::${H}::SOLO`, "", "pan:down", "Pan Down"],
  ])("%s (%s) -> %s", (customId, label, key, studioLabel) => {
    expect(mjproxyButtonAction({ customId, label, emoji: "", style: 2, type: 2 })).toEqual({ key, label: studioLabel, payload: customId });
  });

  it("falls back to the label or emoji for shapes it does not know, and skips the rest", () => {
    expect(mjproxyButtonAction({ customId: "X::future::shape", label: "Zoom Out 2x" })?.key).toBe("zoom:2");
    expect(mjproxyButtonAction({ customId: "X::other", label: "", emoji: { name: "➡️" } })?.key).toBe("pan:right");
    expect(mjproxyButtonAction({ customId: `MJ::BOOKMARK::${H}`, label: "", emoji: "❤️" })).toBeUndefined();
    expect(mjproxyButtonAction({ customId: "MJ::Job::PicReader::1", label: "1" })).toBeUndefined();
    expect(mjproxyButtonAction({ label: "U1" })).toBeUndefined();
  });
  // trueai TaskInfo.cs:1110-1163 (SetVideoUpscaleButtons, SetVideoExtendButtons) and
  // CustomComponentModel.cs:67-88 (CreateAnimateButtons): the video buttons as trueai sends them.
  it("maps trueai's video buttons: Animate on an upscale, U1-U4 on a video, Extend on a clip", () => {
    const upscale = fixture("mjproxy-task-trueai-upscale.json") as { buttons: unknown[] };
    const animate = mjproxyOfferedActions(upscale.buttons).filter((a) => a.key.startsWith("animate:"));
    expect(animate.map((a) => `${a.key}=${a.label}`)).toEqual(["animate:high=Animate (High motion)", "animate:low=Animate (Low motion)"]);
    expect(animate[0].payload).toBe("MJ::JOB::animate_high::1::0b7e2c4e-6f1d-4c83-9a3e-5ad7e1c2b001::SOLO");

    const video = fixture("mjproxy-task-trueai-video.json") as { buttons: unknown[] };
    // Labelled "U1".."U4": without the customId shape they read as image upscales.
    expect(mjproxyOfferedActions(video.buttons).map((a) => `${a.key}=${a.label}`)).toEqual([
      "video_upscale:1=Clip 1",
      "video_upscale:2=Clip 2",
      "video_upscale:3=Clip 3",
      "video_upscale:4=Clip 4",
      "reroll=Reroll",
    ]);

    const clip = fixture("mjproxy-task-trueai-video-clip.json") as { buttons: { customId: string }[] };
    const extend = mjproxyOfferedActions(clip.buttons);
    expect(extend.map((a) => a.key)).toEqual(["extend:high", "extend:low"]);
    expect(extend.map((a) => a.payload)).toEqual(clip.buttons.map((b) => b.customId));
  });
});
