// midjourney-proxy's answers: { code, description, properties, result } for submits, and
// { code, description, result: null } with an HTTP error status for refused requests.
//
// The documents disagree on codes 21-25: 4AllAPI/New API list 21 parameter error, 23 system
// error, 24 account unavailable, 25 balance; DataEyes lists 21 task exists, 22 queued, 23 queue
// full, 24 sensitive prompt, which is what the open-source midjourney-proxy returns
// (ReturnCode EXISTED/IN_QUEUE/QUEUE_REJECTED/BANNED_PROMPT). The simulator uses the latter,
// with 25 for "no account / quota", and reports malformed requests as HTTP 400 with
// midjourney-proxy's VALIDATION_ERROR code 4 (unknown tasks: HTTP 404, NOT_FOUND code 3).
import { jsonResponse } from "../http/json-response";

export const MJ_CODE = {
  SUCCESS: 1,
  NOT_FOUND: 3,
  VALIDATION_ERROR: 4,
  FAILURE: 9,
  EXISTED: 21,
  IN_QUEUE: 22,
  QUEUE_REJECTED: 23,
  BANNED_PROMPT: 24,
  NO_ACCOUNT_OR_QUOTA: 25,
} as const;

/** Task ids are strings: the documents type `result` as "string or array". */
export function mjResult(code: number, description: string, result: unknown, properties: Record<string, unknown> = {}): Response {
  return jsonResponse({ code, description, properties, result });
}

export function mjError(httpStatus: number, code: number, description: string): Response {
  return jsonResponse({ code, description, result: null }, httpStatus);
}
