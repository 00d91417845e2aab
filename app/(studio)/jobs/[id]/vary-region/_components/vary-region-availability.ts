// Whether a job can be varied by region, and if not, why, in words for the person asking.
import type { JobDetailDTO } from "@/lib/dto/jobs";

export type VaryRegionAvailability = { ok: true; imageUrl: string; width: number; height: number } | { ok: false; title: string; message: string };

export function varyRegionAvailability(job: JobDetailDTO): VaryRegionAvailability {
  if (job.deleted) return { ok: false, title: "This job is in the trash", message: "Restore it first to vary a region of its image." };
  if (job.status === "FAILED" || job.status === "CANCELLED") {
    return { ok: false, title: "This job did not finish", message: job.failureReason ?? "It has no image to vary." };
  }
  if (job.status !== "SUCCEEDED")
    return { ok: false, title: "This job has not finished yet", message: "Vary (Region) becomes available once the image is ready." };
  if (!job.actions.some((a) => a.key === "vary_region")) {
    return {
      ok: false,
      title: "Vary (Region) is not offered for this image",
      message: "It works on a single upscaled image: open a grid, pick U1–U4, then choose Vary (Region) on the result.",
    };
  }
  const image = job.images.find((i) => i.kind === "UPSCALE") ?? job.images.find((i) => i.kind !== "GRID");
  // The route checks the mask against the job's recorded size, so that size wins.
  const width = job.width ?? image?.width;
  const height = job.height ?? image?.height;
  if (!image || !width || !height) return { ok: false, title: "The image is not ready", message: "Its file or size is not known yet. Try again in a moment." };
  return { ok: true, imageUrl: image.fullUrl, width, height };
}
