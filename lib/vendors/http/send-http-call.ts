// One HTTP attempt with a deadline. Network failures become VendorErrors that say whether the
// vendor may have received the call: a failure to connect means it never did; a timeout or a
// dropped connection after sending means a submit's outcome is unknown.
import { VendorError } from "../vendor-error";
import { MAX_JSON_BYTES, type HttpAnswer, type HttpCall, type HttpDeps } from "./http-types";
import { readBodyCapped } from "./read-body-capped";

// Errors raised before a single byte of the request left this machine.
const CONNECT_ERROR_CODES = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "UND_ERR_CONNECT_TIMEOUT",
  "CERT_HAS_EXPIRED",
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "ERR_TLS_CERT_ALTNAME_INVALID",
]);

function errorCode(error: unknown): string | undefined {
  const cause = error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;
  const code = cause?.code ?? (error as { code?: unknown } | undefined)?.code;
  return typeof code === "string" ? code : undefined;
}

export function networkError(error: unknown, call: HttpCall, signal: AbortSignal): VendorError {
  const where = new URL(call.url).pathname;
  if (signal.aborted) {
    return new VendorError("TIMEOUT", `The vendor did not answer ${call.method} ${where} within ${Math.round(call.timeoutMs / 1000)} s.`, {
      outcomeUnknown: !call.idempotent,
      cause: error,
    });
  }
  const code = errorCode(error);
  if (code && CONNECT_ERROR_CODES.has(code)) {
    return new VendorError("NETWORK", `Could not connect to the vendor at ${new URL(call.url).host} (${code}).`, { cause: error });
  }
  return new VendorError("NETWORK", `The connection to the vendor was lost during ${call.method} ${where}${code ? ` (${code})` : ""}.`, {
    outcomeUnknown: !call.idempotent,
    cause: error,
  });
}

/** Sends one call and reads its whole answer (capped) before the deadline. */
export async function sendHttpCall(call: HttpCall, deps: HttpDeps): Promise<HttpAnswer> {
  const signal = AbortSignal.timeout(call.timeoutMs);
  const headers: Record<string, string> = { Accept: "application/json", ...call.headers };
  let body: string | undefined;
  if (call.json !== undefined) {
    headers["Content-Type"] = "application/json";
    body = JSON.stringify(call.json);
  }
  try {
    // Redirects are not followed: a key header must never be replayed to another address.
    const response = await deps.fetch(call.url, { method: call.method, headers, body, signal, redirect: "manual" });
    const bytes = await readBodyCapped(response, MAX_JSON_BYTES, "vendor's answer");
    return { status: response.status, headers: response.headers, text: bytes.toString("utf8") };
  } catch (error) {
    if (error instanceof VendorError) throw error;
    throw networkError(error, call, signal);
  }
}
