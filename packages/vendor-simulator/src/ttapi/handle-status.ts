// GET /ttapi/midjourney/status – each speed mode's health and average run time (free)
import type { SimulatorContext } from "../simulator-context";
import { ttapiSuccess } from "./ttapi-envelope";

export function handleStatus(ctx: SimulatorContext): Response {
  const seconds = Math.round((ctx.knobs.settings.stepMs * ctx.options.steps) / 10) / 100;
  const mode = { status: 200, runningMessage: "Endpoints running", averageExecute: seconds };
  return ttapiSuccess({ fast: mode, relax: mode, turbo: mode }, "success");
}
