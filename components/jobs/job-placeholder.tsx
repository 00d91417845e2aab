import type { JobSummaryDTO } from "@/lib/dto/jobs";
import { Icon } from "@/components/ui/icon";
import { isActive, progressOrQueue } from "./job-placeholder-text";

/** What stands in for the image while a job runs, after it failed, or when it makes text. */
export function JobPlaceholder({ job }: { job: JobSummaryDTO }) {
  if (isActive(job.status)) {
    return (
      <div aria-hidden className="absolute inset-0 overflow-hidden bg-ink-850">
        <div className="absolute inset-0 animate-pulse bg-[radial-gradient(ellipse_at_30%_20%,rgba(139,124,246,0.25),transparent_60%),radial-gradient(ellipse_at_70%_80%,rgba(56,189,248,0.12),transparent_55%)]" />
        <span className="absolute inset-0 grid place-items-center text-sm font-medium tabular-nums text-neutral-300">{progressOrQueue(job)}</span>
      </div>
    );
  }
  if (job.status === "FAILED" || job.status === "CANCELLED") {
    return (
      <div aria-hidden className="absolute inset-0 grid place-items-center bg-red-950/20 text-red-300/80">
        <Icon name="alert" className="size-8" />
      </div>
    );
  }
  return (
    <div aria-hidden className="absolute inset-0 grid place-items-center bg-ink-850 text-neutral-500">
      <Icon name={job.kind === "DESCRIBE" || job.kind === "SHORTEN" ? "copy" : "image"} className="size-8" />
    </div>
  );
}
