// midjourney-proxy failures -> VendorError: HTTP statuses first (auth, rate, outages), then the
// profile's result codes, then the vendor's own words.
import { classifyFailureReason } from "../classify-failure-reason";
import { httpStatusError } from "../http/http-status-error";
import type { FailureCode } from "../types";
import { VendorError } from "../vendor-error";
import type { MjproxyProfileSpec } from "./mjproxy-profiles";
import { gatewayErrorSchema, mjproxyResultSchema, type MjproxyResult } from "./mjproxy-schemas";
import type { MjproxyAnswer } from "./mjproxy-transport";

export function resultCode(result: MjproxyResult | undefined): number | undefined {
  const code = Number(result?.code);
  return result?.code !== undefined && result?.code !== null && Number.isFinite(code) ? code : undefined;
}

/** Whatever words the vendor or the gateway in front of it gave. */
export function vendorWords(answer: MjproxyAnswer): string | undefined {
  const result = mjproxyResultSchema.safeParse(answer.raw);
  if (result.success && result.data.description) return result.data.description;
  const gateway = gatewayErrorSchema.safeParse(answer.raw);
  if (gateway.success) {
    const { error, message } = gateway.data;
    const words = typeof error === "string" ? error : (error?.message ?? message);
    if (words) return words;
  }
  return answer.raw === undefined ? answer.text.trim().slice(0, 300) || undefined : undefined;
}

function bannedWordHint(result: MjproxyResult): boolean {
  return typeof result.properties?.bannedWord === "string" || classifyFailureReason(result.description ?? undefined, "VENDOR_ERROR") === "BANNED_PROMPT";
}

/** The error a non-success result code means for this profile. */
export function resultCodeError(result: MjproxyResult, profile: MjproxyProfileSpec, what: string, httpStatus: number): VendorError {
  const code = resultCode(result);
  const words = result.description?.trim();
  const said = words ? ` It said: "${words.slice(0, 200)}".` : "";
  if (code === 24 && bannedWordHint(result)) {
    const word = typeof result.properties?.bannedWord === "string" ? ` ("${result.properties.bannedWord}")` : "";
    return new VendorError("BANNED_PROMPT", `${profile.vendor} refused the prompt: it contains a word it does not allow${word}.`, {
      httpStatus,
      vendorCode: code,
    });
  }
  if (code === 3) {
    // trueai's ReturnCode.NOT_FOUND (3) is also what it answers when no Midjourney account is
    // free ("无可用的账号实例", TaskService.cs:79); New API passes it through (and may disable
    // the channel, relay/relay-mj.go:548-557).
    const notFound = classifyFailureReason(words, "NO_ACCOUNT") === "NOT_FOUND";
    if (notFound)
      return new VendorError("NOT_FOUND", `${profile.vendor} could not find what ${what} refers to (code 3).${said}`, { httpStatus, vendorCode: code });
    return new VendorError("NO_ACCOUNT", `${profile.vendor} has no Midjourney account free right now (code 3); try again later.${said}`, {
      httpStatus,
      vendorCode: code,
    });
  }
  const known = code !== undefined ? profile.resultCodes[code] : undefined;
  if (known) return new VendorError(known.code, `${profile.vendor} ${known.meaning}.${said}`, { httpStatus, vendorCode: code });
  const failure: FailureCode = classifyFailureReason(words, "VENDOR_ERROR");
  return new VendorError(failure, `${profile.vendor} refused ${what}${code !== undefined ? ` (code ${code})` : ""}.${said}`, { httpStatus, vendorCode: code });
}

/** The error for a non-2xx answer. */
export function mjproxyHttpError(answer: MjproxyAnswer, profile: MjproxyProfileSpec, what: string, idempotent: boolean): VendorError {
  const parsed = mjproxyResultSchema.safeParse(answer.raw);
  const code = parsed.success ? resultCode(parsed.data) : undefined;
  const decisiveStatus = answer.status === 401 || answer.status === 403 || answer.status === 429 || answer.status >= 500 || answer.status < 400;
  if (!decisiveStatus && parsed.success && code !== undefined && (profile.resultCodes[code] || code === 24)) {
    return resultCodeError(parsed.data, profile, what, answer.status);
  }
  return httpStatusError(answer.status, vendorWords(answer), { vendor: profile.vendor, what, idempotent, vendorCode: code, location: answer.location });
}
