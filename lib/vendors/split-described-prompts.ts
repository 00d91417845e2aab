// Describe and shorten answer with several prompts in one text: numbered with keycap emoji
// ("1️⃣ a cat ... 2️⃣ ...") by Midjourney, or one per line/paragraph by TTAPI. Midjourney's
// /shorten embed puts an analysis and a "Shortened prompts" header before its numbered list
// (trueai-org/midjourney-proxy TaskService.cs:1920 finds the prompts after that header too).

export const KEYCAP = /[1-9]\uFE0F?\u20E3/u;

const SHORTENED_HEADER = /^[#*\s]*shortened prompts?[*:\s]*$/im;

/** The separate prompts in a describe or shorten answer, trimmed, without their numbers. */
export function splitDescribedPrompts(text: string | undefined): string[] {
  if (!text?.trim()) return [];
  const header = SHORTENED_HEADER.exec(text);
  let body = header ? text.slice(header.index + header[0].length) : text;
  const first = body.search(KEYCAP);
  // Whatever comes before the first number is not a prompt (an analysis, a heading).
  if (first >= 0) body = body.slice(first);
  const parts = first >= 0 ? body.split(new RegExp(KEYCAP.source, "gu")) : body.split(/\r?\n/);
  return parts.map((part) => part.trim()).filter((part) => part.length > 0);
}
