// What /shorten reads in a prompt, shared by the shortened prompts and trueai's analysis of
// them, so that both drop the same words and keep the same -- parameters.

/** The words Midjourney's /shorten treats as least important (dropped first, struck through). */
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

/** `word` must already be lower case (and stripped of what the caller does not count). */
export function isFillerWord(word: string): boolean {
  return FILLER.has(word);
}

/** The prompt's text before its first -- parameter, and the parameters (" --ar 2:3 ...", or ""). */
export function splitPromptFlags(prompt: string): { text: string; flags: string } {
  const flagStart = prompt.search(/(^|\s)--[a-z]/i);
  const text = (flagStart >= 0 ? prompt.slice(0, flagStart) : prompt).trim();
  const flags = flagStart >= 0 ? ` ${prompt.slice(flagStart).trim()}` : "";
  return { text, flags };
}
