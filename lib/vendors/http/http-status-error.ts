// What an HTTP status from a vendor means for the studio, in words an admin can act on.
import { classifyFailureReason } from "../classify-failure-reason";
import type { FailureCode } from "../types";
import { VendorError } from "../vendor-error";

function quote(vendorMessage: string | undefined): string {
  const text = vendorMessage?.replace(/\s+/g, " ").trim();
  if (!text) return "";
  return ` The vendor said: "${text.length > 200 ? `${text.slice(0, 200)}…` : text}".`;
}

export interface StatusContext {
  /** "TTAPI", "New API" ... */
  vendor: string;
  /** What was asked, e.g. "POST /mj/submit/imagine". */
  what: string;
  idempotent: boolean;
  vendorCode?: string | number;
  location?: string | null;
}

/** A VendorError for a non-2xx answer; the vendor's own words refine 4xx classes (e.g. a banned prompt). */
export function httpStatusError(status: number, vendorMessage: string | undefined, context: StatusContext): VendorError {
  const said = quote(vendorMessage);
  const base = { httpStatus: status, vendorCode: context.vendorCode };
  const make = (code: FailureCode, message: string, outcomeUnknown = false) => new VendorError(code, `${message}${said}`, { ...base, outcomeUnknown });
  if (status >= 300 && status < 400) {
    return make(
      "VENDOR_ERROR",
      `${context.vendor} redirected ${context.what} to ${context.location ?? "another address"}; set the connection's base URL to the final address.`,
    );
  }
  if (status === 401) return make("BAD_KEY", `${context.vendor} rejected the API key (HTTP 401). Check the key in the connection settings.`);
  if (status === 403) {
    return make(
      "BAD_KEY",
      `${context.vendor} refused access (HTTP 403): the key lacks permission for ${context.what}, or a firewall in front of the vendor blocked the request.`,
    );
  }
  if (status === 404) return make("NOT_FOUND", `${context.vendor} has no ${context.what} (HTTP 404).`);
  if (status === 408) return make("TIMEOUT", `${context.vendor} timed out on ${context.what} (HTTP 408).`, !context.idempotent);
  if (status === 413) return make("BAD_REQUEST", `${context.vendor} says the request is too large (HTTP 413); use smaller images.`);
  if (status === 429) return make("RATE_LIMITED", `${context.vendor} is limiting the request rate (HTTP 429). Wait a moment and try again.`);
  if (status >= 400 && status < 500) {
    return make(classifyFailureReason(vendorMessage, "BAD_REQUEST"), `${context.vendor} rejected ${context.what} (HTTP ${status}).`);
  }
  // A gateway that answers 502/504 to a submit may have passed it on before losing the answer.
  const unknown = !context.idempotent && (status === 502 || status === 504);
  return make(
    "VENDOR_ERROR",
    `${context.vendor} had a server error on ${context.what} (HTTP ${status}).${unknown ? " The task may still have been created." : ""}`,
    unknown,
  );
}
