// POST /api/uploads – store an uploaded image (multipart field "file") for blend, describe or references
import { NextResponse } from "next/server";
import { requireUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { assertSameOrigin } from "@/lib/http/assert-same-origin";
import { errorResponse } from "@/lib/http/error-response";
import { MAX_UPLOAD_BYTES, storeImageUpload } from "@/lib/uploads/image-upload";

export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  try {
    assertSameOrigin(request);
    const user = await requireUser();
    if (Number(request.headers.get("content-length") ?? 0) > MAX_UPLOAD_BYTES + 64 * 1024) {
      throw new AppError("PAYLOAD_TOO_LARGE", `Images can be at most ${MAX_UPLOAD_BYTES / 1024 / 1024} MB.`);
    }
    const form = await request.formData().catch(() => {
      throw new AppError("BAD_REQUEST", "Send the image as multipart form data (field: file).");
    });
    const file = form.get("file");
    if (!(file instanceof Blob)) throw new AppError("BAD_REQUEST", "No image was sent.");
    const stored = await storeImageUpload(user.id, Buffer.from(await file.arrayBuffer()));
    return NextResponse.json({ key: stored.key, width: stored.width, height: stored.height }, { status: 201 });
  } catch (error) {
    return errorResponse(error);
  }
}
