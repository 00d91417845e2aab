import type { JobSummaryDTO } from "@/lib/dto/jobs";
import { cn } from "@/components/ui/styles";
import { Icon } from "@/components/ui/icon";
import { isActive, progressOrQueue } from "./job-placeholder-text";

// Two soft colour glows (accent violet, sky) behind the progress while a job runs.
const glow = cn(
  "absolute inset-0 animate-pulse",
  "bg-[radial-gradient(ellipse_at_30%_20%,rgba(139,124,246,0.25),transparent_60%),radial-gradient(ellipse_at_70%_80%,rgba(56,189,248,0.12),transparent_55%)]",
);

/** What stands in for the image while a job runs, after it failed, or when it makes text. */
export function JobPlaceholder({ job }: { job: JobSummaryDTO }) {
  if (isActive(job.status)) {
    return (
      <div aria-hidden className="absolute inset-0 overflow-hidden bg-ink-850">
        <div className={glow} />
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
