import { AppError } from "@/lib/errors";

/**
 * Sign-in refused before any password was checked: too many attempts for the account or from
 * the address. Carries when the refusal ends, so the sign-in page can say it in the person's
 * own clock ("Try again after 14:05").
 */
export class SignInRateLimitedError extends AppError {
  constructor(readonly retryAt: Date) {
    super("RATE_LIMITED", `Too many sign-in attempts. Try again after ${retryAt.toISOString()}.`);
    this.name = "SignInRateLimitedError";
  }
}
