// GET /api/public/uploads/[...key] – an upload, for a vendor holding a signed, expiring link
import { getImageStorage } from "@/lib/storage/get-image-storage";
import { isValidStorageKey } from "@/lib/storage/storage-key";
import { verifyUploadSignature } from "@/lib/uploads/signed-upload-url";

export const dynamic = "force-dynamic";

const TYPES: Record<string, string> = { png: "image/png", jpg: "image/jpeg", webp: "image/webp", gif: "image/gif" };

export async function GET(request: Request, { params }: { params: Promise<{ key: string[] }> }) {
  const key = (await params).key.join("/");
  const url = new URL(request.url);
  const servable = key.startsWith("uploads/");
  if (!servable || !isValidStorageKey(key) || !verifyUploadSignature(key, url.searchParams.get("exp"), url.searchParams.get("sig"))) {
    return Response.json({ error: "Not found." }, { status: 404 });
  }
  const object = await getImageStorage().get(key);
  if (!object) return Response.json({ error: "Not found." }, { status: 404 });
  return new Response(object.body, {
    headers: {
      "content-type": TYPES[key.split(".").pop() ?? ""] ?? "application/octet-stream",
      "content-length": String(object.size),
      "cache-control": "private, max-age=3600",
      "x-content-type-options": "nosniff",
    },
  });
}
