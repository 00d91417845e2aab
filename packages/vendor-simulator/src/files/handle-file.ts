// GET /sim/files/<name>.png – the simulator's "CDN": public, like the vendors' image links.
import { jsonResponse } from "../http/json-response";
import { FileStore } from "./file-store";

export async function handleFile(files: FileStore, request: Request, name: string): Promise<Response> {
  if (request.method !== "GET" && request.method !== "HEAD") return jsonResponse({ error: "method not allowed" }, 405);
  const bytes = FileStore.isValidName(name) ? await files.read(name) : null;
  if (!bytes) return jsonResponse({ error: "not found" }, 404);
  return new Response(request.method === "HEAD" ? null : new Uint8Array(bytes), {
    headers: { "content-type": "image/png", "content-length": String(bytes.length), "cache-control": "public, max-age=2592000, immutable" },
  });
}
