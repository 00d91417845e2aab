// Describe: four prompts for a picture, chosen deterministically from its bytes, in
// Midjourney's own format (keycap-numbered, each ending with the picture's aspect ratio).
import { hashSeed, randomFromSeed } from "../image/seeded-random";

const SUBJECTS = [
  "a quiet harbour town",
  "an abstract composition",
  "a floating garden",
  "a geometric mountain range",
  "a neon city street",
  "a still life of fruit",
  "a lighthouse on a cliff",
  "a desert caravan",
];
const STYLES = [
  "in the style of bauhaus posters",
  "soft watercolor",
  "bold flat illustration",
  "cinematic photography",
  "vaporwave palette",
  "oil painting with thick impasto",
  "paper cut-out art",
  "isometric 3d render",
];
const MOODS = [
  "warm evening light",
  "pastel colors",
  "high contrast",
  "misty atmosphere",
  "vibrant gradients",
  "muted earth tones",
  "dramatic shadows",
  "dreamy glow",
];
const KEYCAPS = ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣"];

/** Four prompts describing an image, stable for the same image bytes. */
export function describePrompts(imageDigest: string, aspect: string): string[] {
  const random = randomFromSeed(hashSeed("describe", imageDigest));
  const pick = (list: string[]) => list[Math.floor(random() * list.length)];
  return Array.from({ length: 4 }, () => `${pick(SUBJECTS)}, ${pick(STYLES)}, ${pick(MOODS)} --ar ${aspect}`);
}

/** "1️⃣ first\n\n2️⃣ second ..." as Midjourney prints a describe or shorten answer. */
export function numberPrompts(prompts: string[]): string {
  return prompts.map((prompt, i) => `${KEYCAPS[i] ?? `${i + 1}.`} ${prompt}`).join("\n\n");
}
