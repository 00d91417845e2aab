// GET /api/images/[imageId]/[variant] – serve a stored image to a user allowed to see its job
import { createHash } from "node:crypto";
import { z } from "zod";
import { getImageForUser } from "@/lib/data/images/get-image-for-user";
import type { JobImage } from "@/lib/data/images/job-image";
import { authedRoute } from "@/lib/http/authed-route";
import { getImageStorage } from "@/lib/storage/get-image-storage";
import { byteRange } from "./byte-range";
import { etagMatches } from "./etag-matches";

export const dynamic = "force-dynamic";

// Ids and variants that do not fit answer the same 404 as an image that is not yours.
const paramsSchema = z.object({
  imageId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  variant: z.enum(["full", "thumb", "poster"]),
});
const querySchema = z.object({ download: z.string().optional() });

const EXTENSIONS: Record<string, string> = { "image/png": "png", "image/jpeg": "jpg", "image/webp": "webp", "video/mp4": "mp4" };

export const GET = authedRoute({ params: paramsSchema, query: querySchema }, async ({ request, user, params, query }) => {
  const image = await getImageForUser(user, params.imageId);
  if (!image) return notFound();

  // A video clip's still (<video poster>) is a WebP like a thumbnail, at the clip's own size.
  const still = params.variant === "poster";
  const thumb = params.variant === "thumb" || still;
  const key = params.variant === "thumb" ? image.thumbKey : still ? image.posterKey : image.storageKey;
  if (!key) return notFound();
  // Keys are content-addressed and never rewritten with other bytes, so these validators
  // name exact bytes. The browser keeps its copy but asks every time (no-cache): the 304
  // costs no image bytes, and someone whose access ended (removed from the team, the job
  // trashed or made private) gets the 404 above instead of a cached image.
  const etag = thumb ? `"${params.variant}-${createHash("sha256").update(key).digest("hex").slice(0, 32)}"` : `"${image.sha256}"`;
  const headers = new Headers({
    ETag: etag,
    "Cache-Control": "private, no-cache",
    "X-Content-Type-Options": "nosniff",
  });
  if (etagMatches(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });

  // Through the studio, also when the bytes live in a bucket, rather than a redirect to a
  // presigned URL: every request passes the access check above (a presigned URL works for
  // anyone holding it until it expires, so revoking access would lag), the ETag/no-cache
  // revalidation stays ours (a redirect target's URL changes per signature, so browsers could
  // not keep a copy), the bucket stays private and unreachable from browsers (no CORS, no
  // bucket host in pages or CSP), and R2/OSS/COS/MinIO behave alike. The cost is the studio's
  // bandwidth, fine for images of a few MB; docs/storage.md says more.
  // Read whole (images are a few MB at most): a streamed file handle or bucket connection is not
  // released when a browser drops the request half way (lazy-loaded thumbnails scrolled past), a
  // buffer is.
  const bytes = await getImageStorage().read(key);
  if (!bytes) {
    console.error(`[atelier] image ${image.id} is recorded but its file ${key} is missing`);
    return notFound();
  }
  const mime = thumb ? "image/webp" : image.mime;
  headers.set("Content-Type", mime);
  if (query.download === "1") {
    headers.set("Content-Disposition", `attachment; filename="${downloadName(image, params.variant, mime)}"`);
  }
  // Video players ask for ranges (to seek, and Safari before it plays at all).
  if (mime.startsWith("video/")) {
    headers.set("Accept-Ranges", "bytes");
    const range = byteRange(request.headers.get("range"), bytes.length);
    if (range === "unsatisfiable") {
      headers.set("Content-Range", `bytes */${bytes.length}`);
      return new Response(null, { status: 416, headers });
    }
    if (range) {
      headers.set("Content-Range", `bytes ${range.start}-${range.end}/${bytes.length}`);
      headers.set("Content-Length", String(range.end - range.start + 1));
      return new Response(new Uint8Array(bytes.subarray(range.start, range.end + 1)), { status: 206, headers });
    }
  }
  headers.set("Content-Length", String(bytes.length));
  return new Response(new Uint8Array(bytes), { status: 200, headers });
});

/** One answer for "no such image" and "not yours", so ids cannot be probed. */
function notFound(): Response {
  return Response.json({ error: "Not found." }, { status: 404, headers: { "Cache-Control": "no-store" } });
}

/** atelier-<jobId>-grid0.png, atelier-<jobId>-tile3.png, atelier-<jobId>-upscale0-thumb.webp, atelier-<jobId>-video1.mp4 … */
function downloadName(image: JobImage, variant: "full" | "thumb" | "poster", mime: string): string {
  const jobId = image.jobId.replace(/[^A-Za-z0-9_-]/g, "");
  return `atelier-${jobId}-${image.kind.toLowerCase()}${image.index}${variant === "full" ? "" : `-${variant}`}.${EXTENSIONS[mime] ?? "bin"}`;
}
