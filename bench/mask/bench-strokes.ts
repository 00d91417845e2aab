// 200 strokes of the kind people paint, scaled to the image: mostly brush strokes of 20–40
// points (some erasing), plus rectangles and lassos. Seeded, so every run paints the same.
import type { MaskStroke } from "@/components/mask-editor/model/mask-stroke";

function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

function walk(random: () => number, width: number, height: number, n: number, step: number): number[] {
  const points: number[] = [];
  let [x, y] = [random() * width, random() * height];
  let angle = random() * Math.PI * 2;
  for (let k = 0; k < n; k++) {
    points.push(x, y);
    angle += (random() - 0.5) * 0.8;
    x = Math.min(width, Math.max(0, x + Math.cos(angle) * step));
    y = Math.min(height, Math.max(0, y + Math.sin(angle) * step));
  }
  return points;
}

export function benchStrokes(width: number, height: number, count = 200): MaskStroke[] {
  const random = seeded(width * 31 + height);
  const long = Math.max(width, height);
  const strokes: MaskStroke[] = [];
  for (let k = 0; k < count; k++) {
    const roll = k % 10;
    if (roll === 8) {
      const [x, y] = [random() * width, random() * height];
      strokes.push({ kind: "rect", op: "add", x0: x, y0: y, x1: x + random() * long * 0.12, y1: y + random() * long * 0.12 });
    } else if (roll === 9) {
      strokes.push({ kind: "lasso", op: "add", points: walk(random, width, height, 60, long * 0.01) });
    } else {
      const size = long * (0.005 + random() * 0.03);
      strokes.push({
        kind: "brush",
        op: roll === 7 ? "subtract" : "add",
        size,
        points: walk(random, width, height, 20 + Math.floor(random() * 21), size * 0.4),
      });
    }
  }
  return strokes;
}
