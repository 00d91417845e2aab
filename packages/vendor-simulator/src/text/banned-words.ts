// The simulator's moderation list. Real Midjourney bans far more; a short, stable list is
// enough for the studio to exercise its "banned prompt" path with predictable prompts.

/** Words the simulator refuses, matched as whole words, case-insensitively. */
export const BANNED_WORDS: readonly string[] = ["gore", "nsfw", "nude", "naked", "porn", "sexy", "behead", "torture"];

/** The first banned word in a prompt, or null when the prompt is allowed. */
export function findBannedWord(prompt: string): string | null {
  const words = prompt.toLowerCase().split(/[^a-z0-9]+/);
  return BANNED_WORDS.find((banned) => words.includes(banned)) ?? null;
}
