// The values of Midjourney's reference flags: --sref (image URLs, style codes or "random", each
// may carry a ::weight), --oref (one image URL), --cref (image URLs) and --p (profile codes).
// Split out of prompt-flags.ts so each rule and its message sits in one place.

const WEIGHT = "(?:::-?\\d+(?:\\.\\d+)?)?";
const URL_TOKEN = new RegExp(`^https?://\\S+?${WEIGHT}$`, "i");
const CODE_TOKEN = new RegExp(`^(?:\\d{1,20}|random)${WEIGHT}$`, "i");
const PROFILE_CODE = /^[A-Za-z0-9_-]{1,64}$/;

/** A flag's value as read, or why it cannot be. */
export type Parsed<T> = { value: T } | { error: string };

/** A style code (digits or "random"), as opposed to an image address. */
export function isStyleCode(token: string): boolean {
  return CODE_TOKEN.test(token);
}

/** --sref's tokens, or an error naming the first token that is neither an address nor a code. */
export function parseSrefValue(value: string): Parsed<string[]> {
  const tokens = value.split(/\s+/).filter(Boolean);
  if (tokens.length === 0) return { error: '--sref needs an image URL or a style code (digits or "random")' };
  const bad = tokens.find((t) => !URL_TOKEN.test(t) && !CODE_TOKEN.test(t));
  if (bad) return { error: `--sref takes image URLs or style codes (digits or "random"), not "${bad}"` };
  return { value: tokens };
}

/** --cref's image addresses (one or more). */
export function parseCrefValue(value: string): Parsed<string[]> {
  const tokens = value.split(/\s+/).filter(Boolean);
  if (tokens.length === 0 || tokens.some((t) => !URL_TOKEN.test(t))) return { error: "--cref needs image URLs (http or https)" };
  return { value: tokens };
}

/** --oref's single image address. */
export function parseOrefValue(value: string): Parsed<string> {
  const tokens = value.split(/\s+/).filter(Boolean);
  if (tokens.length !== 1 || !URL_TOKEN.test(tokens[0])) return { error: "--oref needs exactly one image URL (http or https)" };
  return { value: tokens[0] };
}

/** --p alone (the default profile) or followed by profile/moodboard codes. */
export function parseProfileValue(value: string): Parsed<string[]> {
  const codes = value.split(/\s+/).filter(Boolean);
  const bad = codes.find((c) => !PROFILE_CODE.test(c));
  if (bad) return { error: `--p takes personalization codes (letters and digits), not "${bad}"` };
  return { value: codes };
}
