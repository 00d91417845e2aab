// Sends one TTAPI call (TT-API-KEY header) and reads its { status, message, data } envelope.
import { httpStatusError } from "../http/http-status-error";
import type { HttpDeps } from "../http/http-types";
import { parseVendorJson } from "../http/parse-vendor-json";
import { requestWithRetries } from "../http/request-with-retries";
import { VendorError } from "../vendor-error";
import { ttapiError, ttapiErrorCode } from "./ttapi-error";
import { ttapiEnvelopeSchema, ttapiSubmitDataSchema, type TtapiEnvelope } from "./ttapi-schemas";

export interface TtapiContext {
  baseUrl: string;
  apiKey: string;
  timeoutMs: number;
  userAgent: string;
  deps: HttpDeps;
}

export interface TtapiAnswer {
  status: number;
  raw: unknown;
  envelope?: TtapiEnvelope;
  location?: string | null;
}

export async function ttapiCall(ctx: TtapiContext, method: "GET" | "POST", path: string, json: unknown, idempotent: boolean): Promise<TtapiAnswer> {
  const answer = await requestWithRetries(
    { method, url: `${ctx.baseUrl}${path}`, headers: { "TT-API-KEY": ctx.apiKey, "User-Agent": ctx.userAgent }, json, timeoutMs: ctx.timeoutMs, idempotent },
    ctx.deps,
  );
  const raw = parseVendorJson(answer.text);
  const parsed = ttapiEnvelopeSchema.safeParse(raw);
  const envelope = parsed.success ? parsed.data : undefined;
  const ok = answer.status >= 200 && answer.status < 300;
  if (ok && !envelope) {
    throw new VendorError("VENDOR_ERROR", `TTAPI answered ${method} ${path} with something that is not its JSON format.`, {
      httpStatus: answer.status,
      outcomeUnknown: !idempotent,
    });
  }
  if (!ok && !envelope) {
    throw httpStatusError(answer.status, answer.text.slice(0, 300), {
      vendor: "TTAPI",
      what: `${method} ${path}`,
      idempotent,
      location: answer.headers.get("location"),
    });
  }
  return { status: answer.status, raw, envelope };
}

/** The envelope of a successful answer; a VendorError for anything else. */
export function expectTtapiSuccess(answer: TtapiAnswer, what: string, idempotent: boolean): TtapiEnvelope {
  const envelope = answer.envelope;
  const ok = answer.status >= 200 && answer.status < 300;
  if (ok && envelope && String(envelope.status).toUpperCase() === "SUCCESS" && ttapiErrorCode(envelope) === undefined) return envelope;
  throw ttapiError(envelope, answer.status, what, idempotent);
}

/** Sends a submit once and returns TTAPI's new job id. */
export async function ttapiSubmit(ctx: TtapiContext, path: string, body: Record<string, unknown>): Promise<string> {
  const what = `POST ${path}`;
  const envelope = expectTtapiSuccess(await ttapiCall(ctx, "POST", path, body, false), what, false);
  const data = ttapiSubmitDataSchema.safeParse(envelope.data);
  if (!data.success) {
    // It said SUCCESS, so a task may exist: the engine must not resubmit blindly.
    throw new VendorError("VENDOR_ERROR", `TTAPI accepted ${what} but returned no job id.`, { outcomeUnknown: true });
  }
  return data.data;
}
