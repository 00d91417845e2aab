// GET /mj/image/{id} on New API: registered before TokenAuth, so it needs no key
// (NA router/relay-router.go:82-84). It streams the upstream picture of the task's oldest row
// (NA relay-mj.go:26-64): unknown id → HTTP 400 {"error": "midjourney_task_not_found"}; no
// upstream link yet → the GET fails → HTTP 500 {"error": "http_get_image_failed"}.
//
// The simulator reads the upstream link's file from its own store instead of fetching it: the
// upstream is itself, and it never fetches URLs it did not make (issue 11 item 20).
import { jsonResponse } from "../http/json-response";
import { ownFileName } from "../http/url-policy";
import type { SimulatorContext } from "../simulator-context";

export async function handleNewapiImage(ctx: SimulatorContext, id: string): Promise<Response> {
  const row = ctx.newapi.store.firstByMjIdAnyKey(id);
  if (!row) return jsonResponse({ error: "midjourney_task_not_found" }, 400);
  const name = row.imageUrl ? ownFileName(row.imageUrl) : null;
  if (!name) return jsonResponse({ error: "http_get_image_failed" }, 500);
  const bytes = await ctx.files.read(name);
  if (!bytes) return jsonResponse({ error: "not found" }, 404);
  return new Response(new Uint8Array(bytes), { headers: { "content-type": "image/png", "content-length": String(bytes.length) } });
}
