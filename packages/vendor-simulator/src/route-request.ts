// Dispatches a request by its path under /sim to a protocol mount, the file CDN or the knobs.
// Mounts: ttapi, mjproxy and dataeyes follow the vendors' documents; trueai, newapi and novicezk
// behave like those servers' code (see ../REAL-SERVER-PROFILES.md).
import { handleFile } from "./files/handle-file";
import { hasControlKey } from "./http/control-key";
import { jsonResponse } from "./http/json-response";
import { handleControl } from "./knobs/handle-control";
import { routeMjproxy } from "./mjproxy/route-mjproxy";
import { routeNewapi } from "./newapi/route-newapi";
import { routeNovicezk } from "./novicezk/route-novicezk";
import type { SimulatorContext } from "./simulator-context";
import { routeTrueai } from "./trueai/route-trueai";
import { routeTtapi } from "./ttapi/route-ttapi";

const MOUNT = /^\/(ttapi|mjproxy|dataeyes|trueai|newapi|novicezk)(\/.*)?$/;

export async function routeRequest(ctx: SimulatorContext, request: Request, path: string): Promise<Response> {
  const file = /^\/files\/([^/]+)$/.exec(path);
  if (file) return handleFile(ctx.files, request, file[1]);
  if (path === "/_control" || path.startsWith("/_control/")) {
    // Knobs exist only when enabled: otherwise the path does not exist at all. When they do,
    // they need the simulator's API key like its protocols (issue 11 item 20).
    if (!ctx.options.knobs) return jsonResponse({ error: "not found" }, 404);
    if (!hasControlKey(request, ctx.options.apiKey)) return jsonResponse({ error: "the simulator's API key is required (Authorization: Bearer <key>)" }, 401);
    return handleControl(ctx, request, path.slice("/_control".length));
  }
  const mount = MOUNT.exec(path);
  if (!mount) return jsonResponse({ error: "not found" }, 404);
  const latency = ctx.knobs.settings.latencyMs;
  if (latency > 0) await new Promise((resolve) => setTimeout(resolve, latency));
  const rest = mount[2] ?? "/";
  switch (mount[1]) {
    case "ttapi":
      return routeTtapi(ctx, request, rest);
    case "trueai":
      return routeTrueai(ctx, request, rest, { profile: "trueai" });
    case "newapi":
      return routeNewapi(ctx, request, rest);
    case "novicezk":
      return routeNovicezk(ctx, request, rest);
    default:
      return routeMjproxy(ctx, request, rest, mount[1] as "mjproxy" | "dataeyes");
  }
}
