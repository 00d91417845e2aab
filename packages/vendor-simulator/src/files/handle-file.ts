// GET /sim/files/<name>.png|.mp4 – the simulator's "CDN": public, like the vendors' image and
// video links. MP4 clips answer byte ranges (206), which browsers use to seek and to start
// playing before the whole file has arrived.
import { jsonResponse } from "../http/json-response";
import { FileStore } from "./file-store";

const HEADERS = { "cache-control": "public, max-age=2592000, immutable", "accept-ranges": "bytes" };

/** `bytes=a-b`, `bytes=a-` or `bytes=-n` (one range only, as browsers ask for video) → [start, end]. */
export function parseRange(header: string, size: number): [number, number] | null | "unsatisfiable" {
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (match[1] === "" && match[2] === "")) return null;
  let start: number;
  let end: number;
  if (match[1] === "") {
    start = Math.max(0, size - Number(match[2]));
    end = size - 1;
  } else {
    start = Number(match[1]);
    end = match[2] === "" ? size - 1 : Math.min(Number(match[2]), size - 1);
  }
  if (start >= size || start > end) return "unsatisfiable";
  return [start, end];
}

export async function handleFile(files: FileStore, request: Request, name: string): Promise<Response> {
  if (request.method !== "GET" && request.method !== "HEAD") return jsonResponse({ error: "method not allowed" }, 405);
  const bytes = FileStore.isValidName(name) ? await files.read(name) : null;
  if (!bytes) return jsonResponse({ error: "not found" }, 404);
  const type = name.endsWith(".mp4") ? "video/mp4" : "image/png";
  const head = request.method === "HEAD";
  const range = request.headers.get("range");
  const wanted = range ? parseRange(range, bytes.length) : null;
  if (wanted === "unsatisfiable") {
    return new Response(null, { status: 416, headers: { ...HEADERS, "content-range": `bytes */${bytes.length}` } });
  }
  if (wanted) {
    const [start, end] = wanted;
    const part = bytes.subarray(start, end + 1);
    return new Response(head ? null : new Uint8Array(part), {
      status: 206,
      headers: { ...HEADERS, "content-type": type, "content-length": String(part.length), "content-range": `bytes ${start}-${end}/${bytes.length}` },
    });
  }
  return new Response(head ? null : new Uint8Array(bytes), {
    headers: { ...HEADERS, "content-type": type, "content-length": String(bytes.length) },
  });
}
