// POST /api/jobs/[id]/vary-region – submit Vary (Region) with a painted mask (multipart: mask, prompt)
import { NextResponse } from "next/server";
import { requireUser } from "@/lib/auth/session";
import { getFollowUpParent } from "@/lib/data/jobs/get-follow-up-parent";
import { queueVaryRegion } from "@/lib/data/jobs/queue-vary-region";
import { AppError } from "@/lib/errors";
import { assertSameOrigin } from "@/lib/http/assert-same-origin";
import { errorResponse } from "@/lib/http/error-response";
import { afterJobQueued } from "@/lib/jobs/after-job-queued";
import { MAX_MASK_BYTES, validateMask } from "@/lib/masks/validate-mask";
import { varyRegionFieldsSchema } from "@/lib/schemas/jobs";
import { storeImageUpload } from "@/lib/uploads/image-upload";

export const dynamic = "force-dynamic";

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    assertSameOrigin(request);
    const user = await requireUser();
    const { id } = await params;
    if (Number(request.headers.get("content-length") ?? 0) > MAX_MASK_BYTES + 64 * 1024) throw new AppError("PAYLOAD_TOO_LARGE", "The mask file is too large.");
    const form = await request.formData().catch(() => {
      throw new AppError("BAD_REQUEST", "Send the mask as multipart form data (fields: mask, prompt).");
    });
    const file = form.get("mask");
    if (!(file instanceof Blob)) throw new AppError("BAD_REQUEST", "The mask is missing.");
    const fields = varyRegionFieldsSchema.safeParse({ prompt: form.get("prompt") ?? undefined, visibility: form.get("visibility") ?? undefined });
    if (!fields.success) throw new AppError("BAD_REQUEST", fields.error.issues.map((i) => i.message).join(" "));
    const { parent } = await getFollowUpParent(user, id, "vary_region");
    if (!parent.width || !parent.height) throw new AppError("CONFLICT", "The image's size is not known yet.");
    const mask = Buffer.from(await file.arrayBuffer());
    await validateMask(mask, { width: parent.width, height: parent.height });
    const stored = await storeImageUpload(user.id, mask, "masks");
    const job = await queueVaryRegion(user, { jobId: parent.id, maskKey: stored.key, prompt: fields.data.prompt, visibility: fields.data.visibility });
    await afterJobQueued(job.id);
    return NextResponse.json({ jobId: job.id }, { status: 201 });
  } catch (error) {
    return errorResponse(error);
  }
}
