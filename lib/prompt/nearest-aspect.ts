// The familiar aspect-ratio name closest to an image's size (1456×816 → "16:9"), for filters; or
// the closest of a given list (the ratios Midjourney's editor takes).
const COMMON = ["1:1", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3", "21:9", "9:21", "2:1", "1:2", "5:4", "4:5", "7:4", "4:7"];

export function nearestAspect(width: number, height: number): string;
export function nearestAspect<T extends string>(width: number, height: number, among: readonly T[]): T;
export function nearestAspect(width: number, height: number, among: readonly string[] = COMMON): string {
  const square = among.includes("1:1") ? "1:1" : among[0];
  if (!(width > 0 && height > 0)) return square;
  const target = Math.log(width / height);
  let best = among[0];
  let bestDistance = Infinity;
  for (const name of among) {
    const [w, h] = name.split(":").map(Number);
    const distance = Math.abs(Math.log(w / h) - target);
    if (distance < bestDistance) {
      best = name;
      bestDistance = distance;
    }
  }
  return best;
}
