import type { ConnectionCheck } from "../types";
import { isVendorError } from "../vendor-error";
import { mjproxyHttpError } from "./mjproxy-error";
import { mjproxyCall, type MjproxyContext } from "./mjproxy-transport";

/**
 * A harmless authenticated call: list-by-condition with no ids where the vendor has it, else a
 * fetch of an id that does not exist. Any answer but 401/403 (or an outage) proves the key:
 * "no such task" is the expected answer, however the server words it (New API: HTTP 400
 * {code: 4, description: "task_no_found"}, controller/relay.go:313-323; trueai: 204 empty;
 * novicezk: 200 empty).
 */
export async function checkMjproxyConnection(ctx: MjproxyContext): Promise<ConnectionCheck> {
  const started = performance.now();
  const latency = () => Math.round(performance.now() - started);
  const probe = ctx.profile.features.has("list")
    ? { method: "POST" as const, path: "/mj/task/list-by-condition", json: { ids: [] } }
    : { method: "GET" as const, path: "/mj/task/0/fetch", json: undefined };
  try {
    const answer = await mjproxyCall(ctx, probe.method, probe.path, probe.json, true);
    const latencyMs = latency();
    if ((answer.status >= 200 && answer.status < 300) || answer.status === 404) {
      return { ok: true, latencyMs, message: `${ctx.profile.vendor} answered in ${latencyMs} ms and accepted the key.` };
    }
    const error = mjproxyHttpError(answer, ctx.profile, `${probe.method} ${probe.path}`, true);
    if (error.code === "NOT_FOUND") return { ok: true, latencyMs, message: `${ctx.profile.vendor} answered in ${latencyMs} ms and accepted the key.` };
    return { ok: false, latencyMs, message: error.message, failureCode: error.code };
  } catch (error) {
    if (!isVendorError(error)) throw error;
    return { ok: false, latencyMs: latency(), message: error.message, failureCode: error.code };
  }
}
