import { describe, expect, it } from "vitest";
import { aspectFromPrompt, formatAspect, tileSizeFor } from "./aspect-ratio";
import { fitGridTile } from "./image-limits";
import { outpaintLayout } from "./outpaint-layout";

describe("tile sizes", () => {
  it("keeps the long side at 512 and whole pixels", () => {
    expect(tileSizeFor(aspectFromPrompt("a cat"))).toEqual({ width: 512, height: 512 });
    expect(tileSizeFor(aspectFromPrompt("a cat --ar 16:9"))).toEqual({ width: 512, height: 288 });
    expect(tileSizeFor(aspectFromPrompt("a cat --aspect 2:3 --v 6"))).toEqual({ width: 341, height: 512 });
    expect(tileSizeFor(aspectFromPrompt("a cat", "3:2"))).toEqual({ width: 512, height: 341 });
    expect(tileSizeFor(aspectFromPrompt("a cat --ar 10:1"))).toEqual({ width: 512, height: 128 });
  });

  it("caps a grid at 2048 on its long side", () => {
    expect(fitGridTile(1024, 1024)).toEqual({ width: 1024, height: 1024 });
    expect(fitGridTile(1536, 1024)).toEqual({ width: 1024, height: 682 });
  });

  it("prints reduced ratios", () => {
    expect(formatAspect(1024, 576)).toBe("16:9");
  });
});

describe("outpaint layout", () => {
  it("centres the source on a canvas twice as large for zoom out 2x", () => {
    expect(outpaintLayout(512, 512, { zoom: 2 })).toEqual({
      canvasWidth: 1024,
      canvasHeight: 1024,
      innerLeft: 256,
      innerTop: 256,
      innerWidth: 512,
      innerHeight: 512,
    });
  });

  it("scales down when the grid would pass 2048", () => {
    expect(outpaintLayout(1024, 1024, { zoom: 2 })).toEqual({
      canvasWidth: 1024,
      canvasHeight: 1024,
      innerLeft: 256,
      innerTop: 256,
      innerWidth: 512,
      innerHeight: 512,
    });
  });

  it("opens the new area on the pan side and squares non-square pictures", () => {
    expect(outpaintLayout(512, 288, { pan: "left" })).toMatchObject({ canvasWidth: 768, canvasHeight: 288, innerLeft: 256, innerTop: 0 });
    expect(outpaintLayout(512, 288, { pan: "down" })).toMatchObject({ canvasWidth: 512, canvasHeight: 432, innerLeft: 0, innerTop: 0 });
    expect(outpaintLayout(512, 288, { square: true })).toMatchObject({ canvasWidth: 512, canvasHeight: 512, innerTop: 112 });
  });
});
