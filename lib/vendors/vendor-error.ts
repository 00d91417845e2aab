// Errors from a vendor call, classified so the engine knows what to tell the user and
// whether the call may be repeated.
import type { FailureCode } from "./types";

export class VendorError extends Error {
  readonly code: FailureCode;
  /** HTTP status, when the vendor answered at all. */
  readonly httpStatus?: number;
  /** The vendor's own code (TTAPI -1..-8, midjourney-proxy 21..25). */
  readonly vendorCode?: string | number;
  /**
   * True when a submit may have reached the vendor but no answer came back (timeout,
   * connection reset after sending). Such a submit must never be retried blindly.
   */
  readonly outcomeUnknown: boolean;

  constructor(
    code: FailureCode,
    message: string,
    options: { httpStatus?: number; vendorCode?: string | number; outcomeUnknown?: boolean; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = "VendorError";
    this.code = code;
    this.httpStatus = options.httpStatus;
    this.vendorCode = options.vendorCode;
    this.outcomeUnknown = options.outcomeUnknown ?? false;
  }

  /** Network failures and 5xx are worth another try for idempotent calls (fetch, status). */
  get retryable(): boolean {
    return this.code === "NETWORK" || this.code === "TIMEOUT" || (this.httpStatus !== undefined && this.httpStatus >= 500) || this.code === "RATE_LIMITED";
  }
}

export function isVendorError(error: unknown): error is VendorError {
  return error instanceof VendorError;
}
