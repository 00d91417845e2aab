// The painted area as the editor shows it: the same rasterizer as the export, at the image's
// natural size, copied into a canvas the stage draws over the photo. What you see is exactly
// what the vendor repaints. Updates are incremental: a stroke being drawn only rasterizes its
// new segments, a new stroke only its own pixels; undo, clear and a cancelled draft rebuild.
import type { BrushStroke, MaskStroke } from "../model/mask-stroke";
import { applyStroke } from "../raster/apply-stroke";
import { countPaintedPixels, createMaskBitmap, unionDirty, type DirtyRect, type MaskBitmap } from "../raster/mask-bitmap";
import { rasterizeBrush } from "../raster/rasterize-brush";

/** Overlay colour (the accent, #8b7cf6) fully opaque; the stage draws it translucent. */
const ACCENT = { r: 0x8b, g: 0x7c, b: 0xf6 };
const littleEndian = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
const PAINTED = littleEndian ? ((255 << 24) | (ACCENT.b << 16) | (ACCENT.g << 8) | ACCENT.r) >>> 0 : ((ACCENT.r << 24) | (ACCENT.g << 16) | (ACCENT.b << 8) | 255) >>> 0;

/** Whether `next` continues the brush draft that was already rasterized up to `points` points. */
function continuesDraft(applied: { stroke: BrushStroke; points: number } | null, next: MaskStroke): next is BrushStroke {
  if (!applied || next.kind !== "brush") return false;
  const a = applied.stroke;
  return next.op === a.op && next.size === a.size && next.points.length >= applied.points * 2 && next.points[0] === a.points[0] && next.points[1] === a.points[1];
}

export class MaskOverlay {
  readonly bitmap: MaskBitmap;
  readonly canvas: HTMLCanvasElement;
  paintedPixels = 0;
  private readonly context: CanvasRenderingContext2D;
  private readonly image: ImageData;
  private readonly rgba: Uint32Array;
  private committed: readonly MaskStroke[] = [];
  private draft: { stroke: BrushStroke; points: number } | null = null;

  constructor(width: number, height: number) {
    this.bitmap = createMaskBitmap(width, height);
    this.canvas = document.createElement("canvas");
    this.canvas.width = width;
    this.canvas.height = height;
    const context = this.canvas.getContext("2d");
    if (!context) throw new Error("This browser cannot draw the mask (no 2D canvas).");
    this.context = context;
    this.image = context.createImageData(width, height);
    this.rgba = new Uint32Array(this.image.data.buffer);
  }

  /** Brings the bitmap and canvas up to date; returns whether anything changed on screen. */
  sync(strokes: readonly MaskStroke[], draft: MaskStroke | null): boolean {
    let dirty: DirtyRect | null = null;
    if (strokes !== this.committed) {
      dirty = unionDirty(dirty, this.syncCommitted(strokes));
      this.paintedPixels = countPaintedPixels(this.bitmap);
    }
    if (draft?.kind === "brush") {
      const from = continuesDraft(this.draft, draft) ? this.draft!.points : 0;
      dirty = unionDirty(dirty, rasterizeBrush(this.bitmap, draft, from));
      this.draft = { stroke: draft, points: draft.points.length / 2 };
    } else if (this.draft) {
      // The draft vanished without being committed (Escape, a second finger): start over.
      this.draft = null;
      dirty = unionDirty(dirty, this.rebuild(strokes));
    }
    if (dirty) this.paint(dirty);
    return dirty !== null;
  }

  private syncCommitted(strokes: readonly MaskStroke[]): DirtyRect | null {
    const previous = this.committed;
    this.committed = strokes;
    const appendedOne = strokes.length === previous.length + 1 && previous.every((s, i) => strokes[i] === s);
    if (!appendedOne) {
      this.draft = null;
      return this.rebuild(strokes);
    }
    const added = strokes[strokes.length - 1];
    // A committed brush stroke is the draft already on screen plus, at most, its last point.
    const dirty = continuesDraft(this.draft, added) ? rasterizeBrush(this.bitmap, added, this.draft!.points) : applyStroke(this.bitmap, added);
    this.draft = null;
    return dirty;
  }

  private rebuild(strokes: readonly MaskStroke[]): DirtyRect {
    this.bitmap.bits.fill(0);
    for (const stroke of strokes) applyStroke(this.bitmap, stroke);
    return { x0: 0, y0: 0, x1: this.bitmap.width, y1: this.bitmap.height };
  }

  private paint({ x0, y0, x1, y1 }: DirtyRect): void {
    const { width, bits } = this.bitmap;
    for (let y = y0; y < y1; y++) {
      for (let i = y * width + x0, end = y * width + x1; i < end; i++) this.rgba[i] = bits[i] ? PAINTED : 0;
    }
    this.context.putImageData(this.image, 0, 0, x0, y0, x1 - x0, y1 - y0);
  }
}
