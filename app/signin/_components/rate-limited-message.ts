// What the sign-in form says when next-auth reports "RateLimited:<until ms>": when the refusal
// ends, in the person's own clock and language, and how long that is from now.

const FALLBACK = "Too many sign-in attempts. Wait 15 minutes and try again.";

export function isRateLimitedError(error: string | null | undefined): boolean {
  return Boolean(error && (error === "RateLimited" || error.startsWith("RateLimited:")));
}

export function rateLimitedMessage(error: string, now = Date.now(), locale?: string): string {
  const until = Number(error.split(":")[1]);
  if (!Number.isFinite(until) || until <= now) return FALLBACK;
  const time = new Intl.DateTimeFormat(locale, { hour: "numeric", minute: "2-digit" }).format(new Date(until));
  const minutes = Math.max(1, Math.ceil((until - now) / 60_000));
  return `Too many sign-in attempts. Try again after ${time} (in ${minutes} ${minutes === 1 ? "minute" : "minutes"}).`;
}
