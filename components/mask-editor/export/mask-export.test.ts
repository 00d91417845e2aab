// Golden tests for the mask the vendor receives, decoded with sharp as the server and the
// simulator decode it (sharp's raw output expands greyscale to RGB: every channel is checked).
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { validateMask } from "@/lib/masks/validate-mask";
import type { MaskStroke, Point } from "../model/mask-stroke";
import { editorReducer, initialEditorState, type EditorAction } from "../state/editor-state";
import { seededRandom } from "../raster/test-helpers";
import { brushTool } from "../tools/brush-tool";
import { IDLE, type ToolEnv } from "../tools/mask-tool";
import { fitView, imageToScreen, panBy, screenToImage, zoomAround, zoomLimits } from "../view/view-transform";
import { exportMaskPng } from "./mask-export";

interface Decoded {
  width: number;
  height: number;
  channels: number;
  data: Buffer;
  at(x: number, y: number): number;
  whiteBounds(): [number, number, number, number] | null;
  whiteCount(): number;
}

async function decode(png: Uint8Array): Promise<Decoded> {
  const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
  const at = (x: number, y: number) => data[(y * info.width + x) * info.channels];
  return {
    width: info.width,
    height: info.height,
    channels: info.channels,
    data,
    at,
    whiteBounds() {
      let [x0, y0, x1, y1] = [Infinity, Infinity, -1, -1];
      for (let y = 0; y < info.height; y++)
        for (let x = 0; x < info.width; x++)
          if (at(x, y) === 255) [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x + 1), Math.max(y1, y + 1)];
      return x1 < 0 ? null : [x0, y0, x1, y1];
    },
    whiteCount() {
      let n = 0;
      for (let i = 0; i < data.length; i += info.channels) if (data[i] === 255) n++;
      return n;
    },
  };
}

async function render(width: number, height: number, strokes: readonly MaskStroke[]): Promise<Decoded> {
  return decode(exportMaskPng({ width, height, strokes }).png);
}

function replay(actions: EditorAction[]) {
  return actions.reduce(editorReducer, initialEditorState);
}

const rect = (x0: number, y0: number, x1: number, y1: number, op: "add" | "subtract" = "add"): MaskStroke => ({ kind: "rect", op, x0, y0, x1, y1 });

describe("exportMaskPng", () => {
  it("a rectangle on a 16:9 image lands on exactly the expected pixel rectangle", async () => {
    const out = await render(1600, 900, [rect(400, 225, 1200, 675)]);
    expect([out.width, out.height]).toEqual([1600, 900]);
    expect(out.whiteBounds()).toEqual([400, 225, 1200, 675]);
    expect(out.whiteCount()).toBe(800 * 450);
    expect([out.at(399, 300), out.at(400, 300), out.at(1199, 674), out.at(1200, 674), out.at(1199, 675)]).toEqual([0, 255, 255, 0, 0]);
  });

  it("is an 8-bit greyscale PNG of only 0 and 255 that the server's validator accepts", async () => {
    const random = seededRandom(3);
    const strokes: MaskStroke[] = [];
    for (let k = 0; k < 30; k++) {
      const pts = Array.from({ length: 10 }, (_, i) => (i % 2 ? random() * 577 : random() * 1023));
      strokes.push(
        k % 3 === 0 ? { kind: "lasso", op: "add", points: pts } : { kind: "brush", op: k % 5 === 0 ? "subtract" : "add", size: 1 + random() * 90, points: pts },
      );
    }
    const { png, hasPaint } = exportMaskPng({ width: 1023, height: 577, strokes });
    const meta = await sharp(png).metadata();
    expect([meta.format, meta.channels, meta.depth, meta.hasAlpha]).toEqual(["png", 1, "uchar", false]);
    const out = await decode(png);
    expect(out.data.every((v) => v === 0 || v === 255)).toBe(true);
    let colourPixels = 0;
    for (let i = 0; i < out.data.length; i += out.channels) if (out.data[i + out.channels - 1] !== out.data[i]) colourPixels++;
    expect(colourPixels).toBe(0);
    expect(hasPaint).toBe(true);
    await expect(validateMask(Buffer.from(png), { width: 1023, height: 577 })).resolves.toMatchObject({ whitePixels: out.whiteCount() });
  });

  it("a brush stroke painted after zoom and pan lands on the image pixel under the pointer", async () => {
    const image = { width: 1920, height: 1080 };
    const target = { x: 1234.5, y: 456.5 }; // the centre of pixel (1234, 456)
    let view = fitView(image, { width: 800, height: 600 });
    const limits = zoomLimits(view.scale);
    const onScreen = imageToScreen(view, target);
    view = zoomAround(view, onScreen, 6, limits);
    view = panBy(view, -180, 95);
    const pointer: Point = { x: onScreen.x - 180, y: onScreen.y + 95 };
    const env: ToolEnv = { brushSize: 1, screenPixel: 1 / view.scale, subtract: false };
    const down = brushTool.down(IDLE, screenToImage(view, pointer), env);
    const { commit } = brushTool.up(down.state, screenToImage(view, pointer), env);
    const out = await render(image.width, image.height, [commit!]);
    expect(out.whiteBounds()).toEqual([1234, 456, 1235, 457]);
  });

  it("the eraser removes what it crosses", async () => {
    const out = await render(320, 180, [rect(0, 0, 320, 180), { kind: "brush", op: "subtract", size: 20, points: [0, 90, 320, 90] }]);
    expect(out.at(160, 90)).toBe(0);
    expect(out.at(160, 80)).toBe(0);
    expect(out.at(160, 79)).toBe(255);
    expect(out.at(160, 100)).toBe(255);
    expect(out.whiteCount()).toBe(320 * 160);
  });

  it("invert flips every pixel, and later strokes apply on top", async () => {
    const out = await render(90, 160, [rect(10, 10, 30, 40), { kind: "invert" }, rect(0, 150, 90, 160, "subtract")]);
    expect(out.at(15, 15)).toBe(0);
    expect(out.at(5, 5)).toBe(255);
    expect(out.at(45, 155)).toBe(0);
    expect(out.whiteCount()).toBe(90 * 150 - 20 * 30);
  });

  it("undo restores the previous mask and redo brings the stroke back", async () => {
    const brush: MaskStroke = { kind: "brush", op: "add", size: 8, points: [5, 5, 60, 40] };
    const state = replay([{ type: "commit", stroke: rect(10, 10, 20, 20) }, { type: "commit", stroke: brush }, { type: "undo" }]);
    const undone = await render(64, 48, state.strokes);
    expect(undone.whiteBounds()).toEqual([10, 10, 20, 20]);
    const redone = await render(64, 48, editorReducer(state, { type: "redo" }).strokes);
    const both = await render(64, 48, [rect(10, 10, 20, 20), brush]);
    expect(redone.data.equals(both.data)).toBe(true);
  });

  it("a lasso fills its outline", async () => {
    const out = await render(200, 300, [{ kind: "lasso", op: "add", points: [100, 20, 180, 280, 20, 280] }]);
    expect([out.at(100, 150), out.at(100, 275), out.at(30, 278)]).toEqual([255, 255, 255]);
    expect([out.at(100, 10), out.at(20, 150), out.at(180, 150), out.at(100, 285)]).toEqual([0, 0, 0, 0]);
  });

  it("an empty mask reports no paint, and the server refuses it", async () => {
    const { png, hasPaint } = exportMaskPng({ width: 64, height: 64, strokes: [rect(0, 0, 64, 64), rect(0, 0, 64, 64, "subtract")] });
    expect(hasPaint).toBe(false);
    await expect(validateMask(Buffer.from(png), { width: 64, height: 64 })).rejects.toThrow(/empty/);
  });

  it("encodes large masks compactly", async () => {
    const { png } = exportMaskPng({ width: 4096, height: 2304, strokes: [rect(1000, 500, 3000, 1800)] });
    expect(png.length).toBeLessThan(24 * 1024);
    expect((await decode(png)).whiteCount()).toBe(2000 * 1300);
  });
});
