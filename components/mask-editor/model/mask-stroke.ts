// The mask as data: an ordered list of operations in the image's natural pixel space.
// Coordinates are continuous image pixels: (0, 0) is the top-left corner of pixel (0, 0)
// and pixel (i, j) covers [i, i+1) × [j, j+1), so its centre is (i + 0.5, j + 0.5).
// Screen coordinates never reach this file: the view transform converts them first.

export interface Point {
  x: number;
  y: number;
}

/** "add" paints the region white (repaint), "subtract" paints it black (keep). */
export type MaskOp = "add" | "subtract";

/** A freehand stroke: discs of `size` (diameter, image px) swept along the polyline `points` [x0, y0, x1, y1, …]. */
export interface BrushStroke {
  kind: "brush";
  op: MaskOp;
  size: number;
  points: readonly number[];
}

/** An axis-aligned rectangle from (x0, y0) to (x1, y1), corners in any order. */
export interface RectStroke {
  kind: "rect";
  op: MaskOp;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A closed freehand polygon [x0, y0, x1, y1, …]; the last point joins the first. */
export interface LassoStroke {
  kind: "lasso";
  op: MaskOp;
  points: readonly number[];
}

/** Flips every pixel painted so far; later strokes apply on top of the flipped mask. */
export interface InvertStroke {
  kind: "invert";
}

export type MaskStroke = BrushStroke | RectStroke | LassoStroke | InvertStroke;

/** Everything the export needs: the image's natural size and the strokes in order. */
export interface MaskDocument {
  width: number;
  height: number;
  strokes: readonly MaskStroke[];
}
