import type { JobSummaryDTO } from "@/lib/dto/jobs";
import { isActive } from "./job-label";
import { progressLabel } from "./job-progress";

export { isActive };

/** Short words for the middle of a running job's placeholder. */
export function progressOrQueue(job: JobSummaryDTO): string {
  if (job.status === "RUNNING" && job.progress > 0) return `${job.progress}%`;
  return progressLabel(job).split(" · ")[0];
}
