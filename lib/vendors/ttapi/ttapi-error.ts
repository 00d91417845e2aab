// TTAPI's documented error codes (-1 … -8) and failed answers -> VendorError.
import { classifyFailureReason } from "../classify-failure-reason";
import { httpStatusError } from "../http/http-status-error";
import type { FailureCode } from "../types";
import { VendorError } from "../vendor-error";
import type { TtapiEnvelope } from "./ttapi-schemas";

const TTAPI_CODES: Record<number, { code: FailureCode; message: string }> = {
  [-1]: { code: "VENDOR_ERROR", message: "TTAPI had a system error (-1). Try again later." },
  [-2]: { code: "BAD_REQUEST", message: "TTAPI rejected the request's parameters (-2)." },
  [-3]: { code: "BAD_KEY", message: "TTAPI did not accept the API key (-3). Check the TT-API-KEY in the connection settings." },
  [-4]: { code: "QUOTA", message: "The TTAPI account's balance is too low (-4). Top it up, then try again." },
  [-5]: { code: "RATE_LIMITED", message: "TTAPI says requests are too frequent (-5). Wait a moment and try again." },
  [-6]: { code: "NOT_FOUND", message: "TTAPI has no task with that id (-6)." },
  [-7]: { code: "MAINTENANCE", message: "The Midjourney model is under maintenance at TTAPI (-7). Try again later." },
  [-8]: { code: "BAD_KEY", message: "The TTAPI account is banned (-8). Contact TTAPI support." },
};

/** TTAPI's numeric error code, wherever the answer carries it (`code`, or a numeric `status`). */
export function ttapiErrorCode(envelope: TtapiEnvelope | undefined): number | undefined {
  for (const value of [envelope?.code, envelope?.status]) {
    const number = typeof value === "number" ? value : typeof value === "string" && /^-\d+$/.test(value.trim()) ? Number(value) : Number.NaN;
    if (Number.isInteger(number) && number < 0) return number;
  }
  return undefined;
}

export function ttapiError(envelope: TtapiEnvelope | undefined, httpStatus: number, what: string, idempotent: boolean): VendorError {
  const vendorMessage = envelope?.message?.trim() || undefined;
  const said = vendorMessage ? ` TTAPI said: "${vendorMessage.slice(0, 200)}".` : "";
  const vendorCode = ttapiErrorCode(envelope);
  const known = vendorCode !== undefined ? TTAPI_CODES[vendorCode] : undefined;
  if (known) {
    // -2 covers every refused request; the words tell a banned prompt or a bad mask apart.
    const code = vendorCode === -2 ? classifyFailureReason(vendorMessage, "BAD_REQUEST") : known.code;
    return new VendorError(code, `${known.message}${said}`, { httpStatus, vendorCode });
  }
  if (httpStatus < 200 || httpStatus >= 300) {
    return httpStatusError(httpStatus, vendorMessage, { vendor: "TTAPI", what, idempotent, vendorCode });
  }
  const code = classifyFailureReason(vendorMessage, "BAD_REQUEST");
  return new VendorError(code, `TTAPI refused ${what}.${said || " It gave no reason."}`, { httpStatus, vendorCode });
}
