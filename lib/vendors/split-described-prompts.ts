// Describe and shorten answer with several prompts in one text: numbered with keycap emoji
// ("1️⃣ a cat ... 2️⃣ ...") by Midjourney, or one per line/paragraph by TTAPI.

export const KEYCAP = /[1-9]\uFE0F?\u20E3/u;

/** The separate prompts in a describe or shorten answer, trimmed, without their numbers. */
export function splitDescribedPrompts(text: string | undefined): string[] {
  if (!text?.trim()) return [];
  const parts = KEYCAP.test(text) ? text.split(new RegExp(KEYCAP.source, "gu")) : text.split(/\r?\n/);
  return parts.map((part) => part.trim()).filter((part) => part.length > 0);
}
