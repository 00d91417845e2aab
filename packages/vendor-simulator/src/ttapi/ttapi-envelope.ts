// TTAPI's response envelope { status, message, data } and its error codes.
//
// The documents list codes -1..-8 but never show where they appear. The simulator puts them
// in a `code` field of the FAILED envelope and picks the HTTP status a REST API would use
// (the documents' own examples show HTTP 400 for a parameter error). Failures without a code in
// the table (a banned prompt) are message-only, as the table's "其他 (特定消息)" row describes.
import { jsonResponse } from "../http/json-response";

export const TTAPI_ERROR = {
  SYSTEM: -1,
  PARAMETER: -2,
  AUTH: -3,
  BALANCE: -4,
  TOO_FREQUENT: -5,
  JOB_NOT_FOUND: -6,
  MAINTENANCE: -7,
  BANNED_ACCOUNT: -8,
} as const;

const HTTP_STATUS: Record<number, number> = { [-1]: 500, [-2]: 400, [-3]: 401, [-4]: 402, [-5]: 429, [-6]: 404, [-7]: 503, [-8]: 403 };

export function ttapiHttpStatus(code: number): number {
  return HTTP_STATUS[code] ?? 400;
}

export function ttapiSuccess(data: unknown, message = ""): Response {
  return jsonResponse({ status: "SUCCESS", message, data });
}

export function ttapiFailure(code: number | null, message: string, httpStatus?: number): Response {
  const body = code === null ? { status: "FAILED", message, data: null } : { status: "FAILED", code, message, data: null };
  return jsonResponse(body, httpStatus ?? (code === null ? 200 : ttapiHttpStatus(code)));
}
