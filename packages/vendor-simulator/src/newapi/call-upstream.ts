// New API's requests to its upstream, made in-process to the trueai mount (profile "newapi"):
// the key goes as mj-api-secret with "Bearer " removed (NA service/midjourney.go:202-206), and
// the request keeps the origin it came in on, so upstream image links point where a trueai
// behind this New API would serve them.
import { routeTrueai } from "../trueai/route-trueai";
import type { SimulatorContext } from "../simulator-context";

export interface UpstreamAnswer {
  status: number;
  text: string;
}

export async function callUpstream(ctx: SimulatorContext, origin: string, method: "GET" | "POST", path: string, body?: unknown): Promise<UpstreamAnswer> {
  const request = new Request(new URL(`/sim/newapi-upstream${path}`, origin), {
    method,
    headers: { "content-type": "application/json", "mj-api-secret": ctx.options.apiKey },
    body: method === "POST" ? JSON.stringify(body ?? {}) : undefined,
  });
  const response = await routeTrueai(ctx, request, path, { profile: "newapi", internal: true });
  return { status: response.status, text: await response.text() };
}
