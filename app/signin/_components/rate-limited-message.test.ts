import { describe, expect, it } from "vitest";
import { isRateLimitedError, rateLimitedMessage } from "./rate-limited-message";

describe("[H11.9] the lockout message says when it ends", () => {
  const now = Date.UTC(2026, 0, 5, 13, 50, 30);

  it("names the time and the minutes left", () => {
    const until = Date.UTC(2026, 0, 5, 14, 5, 0);
    const message = rateLimitedMessage(`RateLimited:${until}`, now, "en-GB");
    expect(message).toMatch(/^Too many sign-in attempts\. Try again after \d{1,2}:05 \(in 15 minutes\)\.$/);
    expect(rateLimitedMessage(`RateLimited:${now + 30_000}`, now)).toMatch(/\(in 1 minute\)\.$/);
  });

  it("falls back to the plain wording when the time is missing or past", () => {
    expect(rateLimitedMessage("RateLimited", now)).toBe("Too many sign-in attempts. Wait 15 minutes and try again.");
    expect(rateLimitedMessage(`RateLimited:${now - 1}`, now)).toBe("Too many sign-in attempts. Wait 15 minutes and try again.");
  });

  it("recognises next-auth's error", () => {
    expect(isRateLimitedError("RateLimited:123")).toBe(true);
    expect(isRateLimitedError("RateLimited")).toBe(true);
    expect(isRateLimitedError("CredentialsSignin")).toBe(false);
    expect(isRateLimitedError(null)).toBe(false);
  });
});
