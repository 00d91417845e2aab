import { SPEED_MODES } from "@/lib/domain/speed-mode";
import type { ConnectionCheck } from "../types";
import { isVendorError } from "../vendor-error";
import { ttapiStatusDataSchema } from "./ttapi-schemas";
import { expectTtapiSuccess, ttapiCall, type TtapiContext } from "./ttapi-transport";

/** GET /midjourney/status (free): proves the address and key, and says how each mode is doing. */
export async function checkTtapiConnection(ctx: TtapiContext): Promise<ConnectionCheck> {
  const started = performance.now();
  const latency = () => Math.round(performance.now() - started);
  try {
    const envelope = expectTtapiSuccess(await ttapiCall(ctx, "GET", "/midjourney/status", undefined, true), "GET /midjourney/status", true);
    const latencyMs = latency();
    const modes = ttapiStatusDataSchema.safeParse(envelope.data);
    const parts = SPEED_MODES.flatMap((mode) => {
      const state = modes.success ? modes.data[mode] : undefined;
      if (!state) return [];
      if (Number(state.status) === 200) return [`${mode} running${state.averageExecute ? ` (about ${Math.round(state.averageExecute)} s per task)` : ""}`];
      return [`${mode} not running${state.runningMessage ? `: ${state.runningMessage}` : ""}`];
    });
    return { ok: true, latencyMs, message: `TTAPI answered in ${latencyMs} ms and accepted the key.${parts.length ? ` ${parts.join("; ")}.` : ""}` };
  } catch (error) {
    if (!isVendorError(error)) throw error;
    return { ok: false, latencyMs: latency(), message: error.message, failureCode: error.code };
  }
}
