import { describe, expect, it } from "vitest";
import { mjproxyButtons, renderButton } from "./mjproxy-custom-ids";

const HASH = "675515df-961f-411e-8e9b-d81ac68427f5";

describe("mjproxy buttons", () => {
  it("shapes customIds like Midjourney's Discord components", () => {
    const buttons = mjproxyButtons(
      "mjproxy",
      ["upsample1", "variation4", "reroll", "inpaint", "zoom_out_1_5", "custom_zoom", "pan_up", "upscale_subtle", "make_square"],
      HASH,
    );
    expect(buttons.map((b) => b.customId)).toEqual([
      `MJ::JOB::upsample::1::${HASH}`,
      `MJ::JOB::variation::4::${HASH}`,
      `MJ::JOB::reroll::0::${HASH}::SOLO`,
      `MJ::Inpaint::1::${HASH}::SOLO`,
      `MJ::Outpaint::75::1::${HASH}::SOLO`,
      `MJ::CustomZoom::${HASH}`,
      `MJ::JOB::pan_up::1::${HASH}::SOLO`,
      `MJ::JOB::upsample_v6_2x_subtle::1::${HASH}::SOLO`,
      `MJ::Outpaint::100::1::${HASH}::SOLO`,
    ]);
    expect(renderButton(buttons[0])).toEqual({ customId: `MJ::JOB::upsample::1::${HASH}`, emoji: "", label: "U1", style: 2, type: 2 });
    expect(renderButton(buttons[3]).label).toBe("Vary (Region)");
  });

  it("offers DataEyes only U, V and reroll", () => {
    expect(mjproxyButtons("dataeyes", ["upsample1", "reroll", "inpaint", "zoom_out_2"], HASH).map((b) => b.action)).toEqual(["upsample1", "reroll"]);
  });
});
