// Shorten: five progressively shorter versions of a prompt, keeping its -- parameters,
// the way Midjourney's /shorten drops the least important words first.

const FILLER = new Set([
  "a",
  "an",
  "the",
  "very",
  "really",
  "of",
  "with",
  "and",
  "in",
  "on",
  "at",
  "beautiful",
  "highly",
  "detailed",
  "ultra",
  "extremely",
  "by",
  "for",
  "to",
  "is",
]);

export function shortenPrompt(prompt: string): string[] {
  const flagStart = prompt.search(/(^|\s)--[a-z]/i);
  const text = (flagStart >= 0 ? prompt.slice(0, flagStart) : prompt).trim();
  const flags = flagStart >= 0 ? ` ${prompt.slice(flagStart).trim()}` : "";
  const words = text.split(/[\s,]+/).filter(Boolean);
  const content = words.filter((word) => !FILLER.has(word.toLowerCase()));
  const base = content.length > 0 ? content : words;
  const results: string[] = [];
  for (let i = 0; i < 5; i += 1) {
    const keep = Math.max(1, Math.ceil(base.length * (1 - i * 0.18)));
    results.push(`${base.slice(0, keep).join(", ")}${flags}`);
  }
  return results;
}
