// The mask as the editor shows it while painting: one bitmap kept equal to the committed strokes
// plus the brush draft in progress, updated incrementally. A draft only rasterizes its new
// segments, a new stroke only its own pixels; undo, clear and a cancelled draft rebuild.
// Pure (no DOM) and the same rasterizer as the export, so the preview is the export.
import type { BrushStroke, MaskStroke } from "../model/mask-stroke";
import { applyStroke } from "../raster/apply-stroke";
import { countPaintedPixels, createMaskBitmap, unionDirty, type DirtyRect, type MaskBitmap } from "../raster/mask-bitmap";
import { rasterizeBrush } from "../raster/rasterize-brush";

interface AppliedDraft {
  stroke: BrushStroke;
  points: number;
}

/** Whether `next` continues the brush draft that is already rasterized up to `applied.points` points. */
function continuesDraft(applied: AppliedDraft | null, next: MaskStroke): next is BrushStroke {
  if (!applied || next.kind !== "brush") return false;
  const a = applied.stroke;
  return (
    next.op === a.op && next.size === a.size && next.points.length >= applied.points * 2 && next.points[0] === a.points[0] && next.points[1] === a.points[1]
  );
}

export class LiveMask {
  readonly bitmap: MaskBitmap;
  /** Painted pixels of the committed strokes (the draft is not counted until it is committed). */
  paintedPixels = 0;
  private committed: readonly MaskStroke[] = [];
  private draft: AppliedDraft | null = null;

  constructor(width: number, height: number) {
    this.bitmap = createMaskBitmap(width, height);
  }

  /** Brings the bitmap to `strokes` + `draft`; returns the pixels that may have changed. */
  sync(strokes: readonly MaskStroke[], draft: MaskStroke | null): DirtyRect | null {
    let dirty: DirtyRect | null = null;
    if (strokes !== this.committed) {
      dirty = this.syncCommitted(strokes);
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
    return dirty;
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
}
