// Shorten: five progressively shorter versions of a prompt, keeping its -- parameters,
// the way Midjourney's /shorten drops the least important words first.
import { isFillerWord, splitPromptFlags } from "./prompt-words";

export function shortenPrompt(prompt: string): string[] {
  const { text, flags } = splitPromptFlags(prompt);
  const words = text.split(/[\s,]+/).filter(Boolean);
  const content = words.filter((word) => !isFillerWord(word.toLowerCase()));
  const base = content.length > 0 ? content : words;
  const results: string[] = [];
  for (let i = 0; i < 5; i += 1) {
    const keep = Math.max(1, Math.ceil(base.length * (1 - i * 0.18)));
    results.push(`${base.slice(0, keep).join(", ")}${flags}`);
  }
  return results;
}
