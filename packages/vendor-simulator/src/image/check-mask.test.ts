import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { maskPng } from "../testing/sim-test-kit";
import { checkMask } from "./check-mask";

describe("checkMask", () => {
  it("accepts pure black and white of the right size and counts the white pixels", async () => {
    const result = await checkMask(await maskPng(40, 30, { left: 0, top: 0, width: 10, height: 5 }), 40, 30);
    expect(result).toMatchObject({ ok: true, whitePixels: 50 });
  });

  it("refuses other sizes, grey, colour, transparency and empty masks", async () => {
    expect(await checkMask(await maskPng(40, 30, { left: 0, top: 0, width: 1, height: 1 }), 30, 40)).toMatchObject({ ok: false });
    expect(await checkMask(await maskPng(40, 30, { left: 0, top: 0, width: 4, height: 4 }, "#fefefe"), 40, 30)).toMatchObject({ ok: false });
    expect(await checkMask(await maskPng(40, 30, { left: 0, top: 0, width: 4, height: 4 }, "#ff0000"), 40, 30)).toMatchObject({ ok: false });
    const transparent = await sharp({ create: { width: 40, height: 30, channels: 4, background: { r: 255, g: 255, b: 255, alpha: 0.5 } } })
      .png()
      .toBuffer();
    expect(await checkMask(transparent, 40, 30)).toMatchObject({ ok: false });
    expect(await checkMask(await maskPng(40, 30, null), 40, 30)).toEqual({ ok: false, reason: expect.stringMatching(/empty/) });
    expect(await checkMask(Buffer.from("not an image"), 40, 30)).toMatchObject({ ok: false });
  });
});
