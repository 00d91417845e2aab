// Names for jobs and their images as Midjourney users know them.
import { isInFlight } from "@/lib/domain/job-status";
import type { JobImageDTO, JobSummaryDTO } from "@/lib/dto/jobs";
import { actionLabel } from "@/lib/vendors/action-vocabulary";

const KIND_LABELS: Record<string, string> = {
  IMAGINE: "Imagine",
  BLEND: "Blend",
  DESCRIBE: "Describe",
  INPAINT: "Vary (Region)",
  SHORTEN: "Shorten",
  FACESWAP: "Face swap",
  EDIT: "Edit",
};

/** "Imagine", "Upscale U2", "Variation V1", "Zoom Out 2x", "Blend" … */
export function jobTitle(job: Pick<JobSummaryDTO, "kind" | "action">): string {
  // Midjourney's editor names its two buttons Edit and Retexture.
  if (job.kind === "EDIT") return job.action === "retexture" ? "Retexture" : "Edit";
  if (job.kind !== "ACTION" || !job.action) return KIND_LABELS[job.kind] ?? job.kind.toLowerCase();
  const tile = /^(upscale|variation):([1-4])$/.exec(job.action);
  if (tile) return tile[1] === "upscale" ? `Upscale U${tile[2]}` : `Variation V${tile[2]}`;
  return actionLabel(job.action) ?? job.action;
}

/** The one picture that stands for a job in lists: its upscale, else its grid, else a tile. */
export function coverImage(images: JobImageDTO[]): JobImageDTO | undefined {
  return images.find((i) => i.kind === "UPSCALE") ?? images.find((i) => i.kind === "GRID") ?? images.find((i) => i.kind === "TILE");
}

/** The four tiles of a grid job, in order (empty for single images). */
export function gridTiles(images: JobImageDTO[]): JobImageDTO[] {
  return images.filter((i) => i.kind === "TILE").sort((a, b) => a.index - b.index);
}

export function isActive(status: JobSummaryDTO["status"]): boolean {
  return isInFlight(status);
}

/** The width/height ratio to reserve before the images exist (from the prompt's --ar). */
export function aspectOf(job: Pick<JobSummaryDTO, "width" | "height" | "aspectRatio">): number {
  if (job.width && job.height) return job.width / job.height;
  const m = /^(\d+):(\d+)$/.exec(job.aspectRatio);
  return m ? Number(m[1]) / Number(m[2]) : 1;
}

/** The prompt without its -- flags, for short titles. */
export function promptText(prompt: string): string {
  return ` ${prompt}`.split(/\s--(?=[a-zA-Z])/)[0].trim() || prompt;
}
