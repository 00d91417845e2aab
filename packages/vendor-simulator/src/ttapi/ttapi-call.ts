// One authenticated TTAPI request as the handlers see it.
import type { SimulatorContext } from "../simulator-context";

export interface TtapiCall {
  ctx: SimulatorContext;
  request: Request;
  body: unknown;
  origin: string;
  keyHash: string;
  /** The path after /sim, recorded with the task. */
  endpoint: string;
}

export interface SubmitOutcome {
  response: Response;
  taskId?: string;
  vendorCode?: string | number;
}

/**
 * Task timeout in ms. The documents give 300-1200 s, with 300 s the default and minimum for
 * fast/turbo and 600 s for relax; values outside the range are clamped rather than refused.
 */
export function ttapiTimeoutMs(timeout: number | undefined, mode: string | undefined): number {
  const min = mode === "relax" ? 600 : 300;
  return Math.min(1200, Math.max(min, timeout ?? min)) * 1000;
}
