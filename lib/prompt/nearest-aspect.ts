// The familiar aspect-ratio name closest to an image's size (1456×816 → "16:9"), for filters.
const COMMON = ["1:1", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3", "21:9", "9:21", "2:1", "1:2", "5:4", "4:5", "7:4", "4:7"];

export function nearestAspect(width: number, height: number): string {
  if (!(width > 0 && height > 0)) return "1:1";
  const target = Math.log(width / height);
  let best = COMMON[0];
  let bestDistance = Infinity;
  for (const name of COMMON) {
    const [w, h] = name.split(":").map(Number);
    const distance = Math.abs(Math.log(w / h) - target);
    if (distance < bestDistance) {
      best = name;
      bestDistance = distance;
    }
  }
  return best;
}
