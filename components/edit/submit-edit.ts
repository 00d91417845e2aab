// Sends an Edit or a Retexture: for Edit the painted mask is exported at the image's natural
// size and uploaded first (POST /api/uploads, like every image the actions take by key), then
// the action gets both keys. Answers like an action; a request that got no answer rejects, and
// the write hook turns that into its one "could not be reached".
import { editImageAction } from "@/lib/actions/edit-image-action";
import type { EditAspectRatio, ImageEditKind } from "@/lib/domain/image-edit";
import type { ActionResult } from "@/components/ui/action-result";
import { UNREACHABLE_MESSAGE } from "@/components/ui/action-result";
import { exportMaskPng } from "@/components/mask-editor/export/mask-export";
import type { MaskDocument } from "@/components/mask-editor/model/mask-stroke";
import { uploadImage } from "@/components/upload/upload-image";

export interface EditRequest {
  imageKey: string;
  doc: MaskDocument;
  prompt: string;
  type: ImageEditKind;
  aspectRatio: EditAspectRatio;
  connectionId: string;
}

export const EMPTY_MASK_MESSAGE = "Paint the area to change first: Edit redraws only the painted area (Retexture needs no mask).";

export async function submitEdit({ doc, type, ...request }: EditRequest): Promise<ActionResult<{ jobId: string }>> {
  let maskKey: string | undefined;
  if (type === "edit") {
    const { png, hasPaint } = exportMaskPng(doc);
    if (!hasPaint) return { error: EMPTY_MASK_MESSAGE };
    try {
      maskKey = (await uploadImage(new Blob([png], { type: "image/png" }))).key;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (message === UNREACHABLE_MESSAGE) throw error;
      return { error: `The mask could not be uploaded: ${message}` };
    }
  }
  return editImageAction({ ...request, type, maskKey });
}
