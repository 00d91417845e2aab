import { describe, expect, it } from "vitest";
import { coverPlusAction } from "./cover-plus-action";

const HASH = "675515df-961f-411e-8e9b-d81ac68427f5";

describe("New API's CoverPlusActionToNormalAction (service/midjourney.go:71-128)", () => {
  it("maps the buttons it knows to its actions", () => {
    expect(coverPlusAction(`MJ::JOB::upsample::3::${HASH}`)).toEqual({ ok: true, action: "UPSCALE", index: 3 });
    expect(coverPlusAction(`MJ::JOB::upsample_v6_2x_subtle::1::${HASH}::SOLO`)).toEqual({ ok: true, action: "UPSCALE", index: 1 });
    expect(coverPlusAction(`MJ::JOB::variation::2::${HASH}`)).toEqual({ ok: true, action: "VARIATION", index: 2 });
    expect(coverPlusAction(`MJ::JOB::low_variation::1::${HASH}::SOLO`)).toMatchObject({ action: "LOW_VARIATION" });
    expect(coverPlusAction(`MJ::JOB::high_variation::1::${HASH}::SOLO`)).toMatchObject({ action: "HIGH_VARIATION" });
    expect(coverPlusAction(`MJ::JOB::pan_left::1::${HASH}::SOLO`)).toMatchObject({ action: "PAN" });
    expect(coverPlusAction(`MJ::JOB::reroll::0::${HASH}::SOLO`)).toMatchObject({ action: "REROLL" });
    expect(coverPlusAction(`MJ::Outpaint::50::1::${HASH}::SOLO`)).toMatchObject({ action: "ZOOM" });
    expect(coverPlusAction(`MJ::CustomZoom::${HASH}`)).toMatchObject({ action: "CUSTOM_ZOOM" });
    expect(coverPlusAction(`MJ::Inpaint::1::${HASH}::SOLO`)).toMatchObject({ action: "INPAINT" });
  });

  it("refuses the rest with unknown_action:<customId>", () => {
    for (const customId of [
      `MJ::JOB::animate_high::1::${HASH}::SOLO`,
      `MJ::JOB::video_virtual_upscale::1::${HASH}`,
      "MJ::Job::PicReader::1",
      "MJ::Job::PromptAnalyzer::2",
      `MJ::BOOKMARK::${HASH}`,
    ]) {
      expect(coverPlusAction(customId)).toEqual({ ok: false, description: `unknown_action:${customId}` });
    }
    expect(coverPlusAction("")).toEqual({ ok: false, description: "custom_id_is_required" });
    expect(coverPlusAction("nonsense")).toMatchObject({ ok: false, panic: true });
  });
});
