// Sends the exported mask to the studio's route (multipart: the PNG and the prompt). A route
// handler rather than a server action, because masks can be larger than an action's body limit.
// Answers like an action ({ data } | { error }); a failed fetch rejects, and the write hook
// (components/ui/use-server-action.ts) turns that into its one "could not be reached".
import type { ActionResult } from "@/components/ui/action-result";
import type { MaskDocument } from "../model/mask-stroke";
import { exportMaskPng } from "../export/mask-export";

export async function submitMask(jobId: string, doc: MaskDocument, prompt: string): Promise<ActionResult<{ jobId: string }>> {
  const { png, hasPaint } = exportMaskPng(doc);
  if (!hasPaint) return { error: "The mask is empty: paint the area to change." };
  const form = new FormData();
  form.append("mask", new Blob([png], { type: "image/png" }), "mask.png");
  form.append("prompt", prompt);
  const response = await fetch(`/api/jobs/${encodeURIComponent(jobId)}/vary-region`, { method: "POST", body: form });
  const body = (await response.json().catch(() => null)) as { jobId?: string; error?: string } | null;
  if (response.ok && body?.jobId) return { data: { jobId: body.jobId } };
  if (response.status === 401) return { error: "Your session has ended. Sign in again, then submit." };
  return { error: body?.error ?? `The mask could not be submitted (HTTP ${response.status}).` };
}
