// POST /api/jobs/[id]/vary-region – submit Vary (Region) with a painted mask (multipart: mask, prompt)
import { NextResponse } from "next/server";
import { z } from "zod";
import { getFollowUpParent } from "@/lib/data/jobs/get-follow-up-parent";
import { queueVaryRegion } from "@/lib/data/jobs/queue-vary-region";
import { AppError } from "@/lib/errors";
import { authedRoute } from "@/lib/http/authed-route";
import { afterJobQueued } from "@/lib/jobs/after-job-queued";
import { MAX_MASK_BYTES, validateMask } from "@/lib/masks/validate-mask";
import { varyRegionFieldsSchema } from "@/lib/schemas/jobs";
import { storeImageUpload } from "@/lib/uploads/image-upload";

export const dynamic = "force-dynamic";

const form = {
  // The mask first: a missing mask is what to say first.
  fields: z.object({ mask: z.instanceof(Blob, { error: "The mask is missing." }) }).extend(varyRegionFieldsSchema.shape),
  maxBytes: MAX_MASK_BYTES,
  tooLarge: "The mask file is too large.",
  notMultipart: "Send the mask as multipart form data (fields: mask, prompt).",
};

export const POST = authedRoute({ params: z.object({ id: z.string() }), form }, async ({ user, params, form }) => {
  const { parent } = await getFollowUpParent(user, params.id, "vary_region");
  if (!parent.width || !parent.height) throw new AppError("CONFLICT", "The image's size is not known yet.");
  const mask = Buffer.from(await form.mask.arrayBuffer());
  await validateMask(mask, { width: parent.width, height: parent.height });
  const stored = await storeImageUpload(user.id, mask, "masks");
  const job = await queueVaryRegion(user, { jobId: parent.id, maskKey: stored.key, prompt: form.prompt, visibility: form.visibility });
  await afterJobQueued(job.id);
  return NextResponse.json({ jobId: job.id }, { status: 201 });
});
