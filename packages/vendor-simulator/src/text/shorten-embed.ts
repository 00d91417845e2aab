// Midjourney's /shorten answer as trueai stores it (properties.finalPrompt and description):
// the analysis of the prompt ("Important tokens", the words that matter in bold, the ones it
// would drop struck through) comes first, then the "Shortened prompts" header, then the five
// numbered prompts. trueai finds the prompts by that header (TaskService.cs:1920-1926), so
// everything before it is not a prompt.
import { numberPrompts } from "./describe-prompts";
import { isFillerWord, splitPromptFlags } from "./prompt-words";

/** The original words with the important ones in **bold** and the dropped ones ~~struck~~. */
function importantTokens(prompt: string): string {
  return splitPromptFlags(prompt)
    .text.split(/\s+/)
    .filter(Boolean)
    .map((word) => (isFillerWord(word.toLowerCase().replace(/[^a-z]/g, "")) ? `~~${word}~~` : `**${word}**`))
    .join(" ");
}

export function shortenEmbed(prompt: string, prompts: string[]): string {
  return `## Important tokens\n${importantTokens(prompt)}\n\n## Shortened prompts\n${numberPrompts(prompts)}`;
}
