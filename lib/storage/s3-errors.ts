// Reading the AWS SDK's errors: which mean "no such object", and what to tell an operator.

interface SdkError {
  name?: string;
  code?: string;
  message?: string;
  $metadata?: { httpStatusCode?: number };
}

function asSdkError(error: unknown): SdkError {
  return typeof error === "object" && error !== null ? (error as SdkError) : {};
}

export function httpStatusOf(error: unknown): number | undefined {
  return asSdkError(error).$metadata?.httpStatusCode;
}

/**
 * GetObject says NoSuchKey; HeadObject has no body, so only its 404 ("NotFound") says it. A
 * missing bucket is reported as NoSuchBucket by GetObject and must not read as a missing image.
 */
export function isMissingObject(error: unknown): boolean {
  const { name } = asSdkError(error);
  if (name === "NoSuchBucket") return false;
  return name === "NoSuchKey" || name === "NotFound" || httpStatusOf(error) === 404;
}

const NETWORK_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ENOTFOUND", "EAI_AGAIN", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH"]);

/** The endpoint did not answer at all (as opposed to answering "no"). */
export function isNetworkError(error: unknown): boolean {
  const { name, code } = asSdkError(error);
  return (code !== undefined && NETWORK_CODES.has(code)) || name === "TimeoutError" || (name !== undefined && NETWORK_CODES.has(name));
}
