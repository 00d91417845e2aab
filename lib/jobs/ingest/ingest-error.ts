// Why copying a job's images failed, in words for the user, and whether the engine should try
// again (a network blip) or fail the job (the vendor sent something that is not an image).

export type IngestErrorCode = "NO_IMAGE_URL" | "DOWNLOAD_FAILED" | "NOT_AN_IMAGE" | "TOO_LARGE" | "CORRUPT_IMAGE" | "STORAGE_FAILED";

const userMessages: Record<IngestErrorCode, string> = {
  NO_IMAGE_URL: "The vendor finished the job but sent no image.",
  DOWNLOAD_FAILED: "Could not download the image from the vendor.",
  NOT_AN_IMAGE: "The vendor returned something that is not an image.",
  TOO_LARGE: "The vendor's image is too large to store.",
  CORRUPT_IMAGE: "The vendor's image is damaged and could not be read.",
  STORAGE_FAILED: "Could not save the image.",
};

// A vendor that marks a task done a moment before its image URL appears, a truncated transfer
// or a full disk can all clear up; a wrong file type or an oversized image will not.
const retryableByDefault: Record<IngestErrorCode, boolean> = {
  NO_IMAGE_URL: true,
  DOWNLOAD_FAILED: true,
  NOT_AN_IMAGE: false,
  TOO_LARGE: false,
  CORRUPT_IMAGE: true,
  STORAGE_FAILED: true,
};

export class IngestError extends Error {
  readonly code: IngestErrorCode;
  readonly retryable: boolean;
  /** Safe to show to the user; the message and cause are for the log. */
  readonly userMessage: string;

  constructor(code: IngestErrorCode, detail: string, options: { retryable?: boolean; cause?: unknown } = {}) {
    super(detail, { cause: options.cause });
    this.name = "IngestError";
    this.code = code;
    this.retryable = options.retryable ?? retryableByDefault[code];
    this.userMessage = userMessages[code];
  }
}

export function isIngestError(error: unknown): error is IngestError {
  return error instanceof IngestError;
}
