// One application error with typed codes. Route handlers map a code to an HTTP status,
// actions to { error: message }. Vendor and database details are logged, never shown.
export const errorStatus = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNPROCESSABLE: 422,
  RATE_LIMITED: 429,
  BUDGET_EXCEEDED: 429,
  VENDOR_ERROR: 502,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof errorStatus;

const defaultMessages: Record<ErrorCode, string> = {
  BAD_REQUEST: "The request is not valid.",
  UNAUTHORIZED: "Please sign in.",
  FORBIDDEN: "You do not have permission to do that.",
  NOT_FOUND: "Not found.",
  CONFLICT: "That conflicts with the current state.",
  PAYLOAD_TOO_LARGE: "That upload is too large.",
  UNPROCESSABLE: "That could not be processed.",
  RATE_LIMITED: "Too many attempts. Please wait a moment and try again.",
  BUDGET_EXCEEDED: "The budget for today is used up.",
  VENDOR_ERROR: "The image service reported an error.",
  INTERNAL: "Something went wrong on our side.",
};

export class AppError extends Error {
  readonly code: ErrorCode;
  /** Safe to show to the user. */
  readonly userMessage: string;

  constructor(code: ErrorCode, userMessage?: string, options?: { cause?: unknown }) {
    super(userMessage ?? defaultMessages[code], options);
    this.name = "AppError";
    this.code = code;
    this.userMessage = userMessage ?? defaultMessages[code];
  }

  get status(): number {
    return errorStatus[this.code];
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** A message safe for the browser: AppError's own, otherwise a generic one (the detail is logged). */
export function toUserMessage(error: unknown): string {
  if (isAppError(error)) return error.userMessage;
  console.error("[atelier] unexpected error:", error);
  return defaultMessages.INTERNAL;
}
