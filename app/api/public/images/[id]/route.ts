// GET /api/public/images/[id]?exp=…&sig=… – one of the studio's images, for a vendor holding a
// signed, expiring link (a gallery image used as --sref/--oref/--cref). No session: the
// signature is the permission. A link that is not ours or has expired gets 403 and no image.
import { getImageForSignedLink } from "@/lib/data/images/get-image-for-signed-link";
import { getImageStorage } from "@/lib/storage/get-image-storage";

export const dynamic = "force-dynamic";

const ID = /^[A-Za-z0-9_-]{1,64}$/;
const NO_STORE = { "cache-control": "no-store" };

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const url = new URL(request.url);
  const image = ID.test(id) ? await getImageForSignedLink(id, url.searchParams.get("exp"), url.searchParams.get("sig")) : null;
  if (!image || (!image.ok && image.reason === "bad-signature")) {
    return Response.json({ error: "This link is not valid or has expired." }, { status: 403, headers: NO_STORE });
  }
  // Read whole, as the signed-in image route does: a vendor that drops the request half way
  // leaves no open file handle or bucket connection behind.
  const bytes = image.ok ? await getImageStorage().read(image.storageKey) : null;
  if (!image.ok || !bytes) return Response.json({ error: "Not found." }, { status: 404, headers: NO_STORE });
  return new Response(new Uint8Array(bytes), {
    headers: {
      "content-type": image.mime,
      "content-length": String(bytes.length),
      "cache-control": "private, max-age=3600",
      "x-content-type-options": "nosniff",
    },
  });
}
