// Midjourney's /shorten answer as trueai stores it (properties.finalPrompt and description):
// the analysis of the prompt ("Important tokens", the words that matter in bold, the ones it
// would drop struck through) comes first, then the "Shortened prompts" header, then the five
// numbered prompts. trueai finds the prompts by that header (TaskService.cs:1920-1926), so
// everything before it is not a prompt.
import { numberPrompts } from "./describe-prompts";

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

/** The original words with the important ones in **bold** and the dropped ones ~~struck~~. */
function importantTokens(prompt: string): string {
  const flagStart = prompt.search(/(^|\s)--[a-z]/i);
  const text = (flagStart >= 0 ? prompt.slice(0, flagStart) : prompt).trim();
  return text
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => (FILLER.has(word.toLowerCase().replace(/[^a-z]/g, "")) ? `~~${word}~~` : `**${word}**`))
    .join(" ");
}

export function shortenEmbed(prompt: string, prompts: string[]): string {
  return `## Important tokens\n${importantTokens(prompt)}\n\n## Shortened prompts\n${numberPrompts(prompts)}`;
}
