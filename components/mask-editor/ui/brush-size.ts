// Brush sizes are image pixels (what the mask records), scaled to the image so a default
// stroke is a comfortable width on a 1024 px or a 4096 px image alike.
export interface BrushRange {
  min: number;
  max: number;
}

export function brushRange(width: number, height: number): BrushRange {
  // 2 px is the smallest brush that always covers a pixel centre wherever it lands.
  return { min: 2, max: Math.max(64, Math.round(Math.max(width, height) / 4)) };
}

export function defaultBrushSize(width: number, height: number): number {
  return Math.max(8, Math.round(Math.max(width, height) / 20));
}

/** One step of [ or ]: about 15 %, at least 1 px, within the range. */
export function stepBrushSize(size: number, direction: 1 | -1, range: BrushRange): number {
  const step = Math.max(1, Math.round(size * 0.15));
  return Math.min(range.max, Math.max(range.min, size + direction * step));
}
