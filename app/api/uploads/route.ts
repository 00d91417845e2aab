// POST /api/uploads – store an uploaded image (multipart field "file") for blend, describe or references
import { NextResponse } from "next/server";
import { z } from "zod";
import { authedRoute } from "@/lib/http/authed-route";
import { MAX_UPLOAD_BYTES, storeImageUpload } from "@/lib/uploads/image-upload";

export const dynamic = "force-dynamic";

const form = {
  fields: z.object({ file: z.instanceof(Blob, { error: "No image was sent." }) }),
  maxBytes: MAX_UPLOAD_BYTES,
  tooLarge: `Images can be at most ${MAX_UPLOAD_BYTES / 1024 / 1024} MB.`,
  notMultipart: "Send the image as multipart form data (field: file).",
};

export const POST = authedRoute({ form }, async ({ user, form }) => {
  const stored = await storeImageUpload(user.id, Buffer.from(await form.file.arrayBuffer()));
  return NextResponse.json({ key: stored.key, width: stored.width, height: stored.height }, { status: 201 });
});
