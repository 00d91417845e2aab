import type { JobSummaryDTO } from "@/lib/dto/jobs";

/** What an unfinished job is doing, in words: its place in line, waiting for a slot, or progress. */
export function progressLabel(job: Pick<JobSummaryDTO, "status" | "progress" | "queuePosition" | "waitingForSlot">): string {
  if (job.status === "QUEUED") {
    if (job.waitingForSlot) return job.queuePosition ? `Waiting for a slot · #${job.queuePosition} in line` : "Waiting for a slot";
    return job.queuePosition ? `Queued · #${job.queuePosition} in line` : "Queued";
  }
  if (job.status === "SUBMITTED") return "Starting…";
  if (job.status === "NEEDS_INPUT") return "Waiting for input";
  return job.progress > 0 ? `${job.progress}%` : "Starting…";
}

/** A progress bar with its words, for a queued or running job. */
export function JobProgress({ job, label, className = "" }: { job: JobSummaryDTO; label: string; className?: string }) {
  const value = job.status === "RUNNING" ? Math.max(job.progress, 3) : job.status === "SUBMITTED" ? 2 : 0;
  return (
    <div className={className}>
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={job.status === "RUNNING" ? job.progress : 0}
        aria-valuetext={progressLabel(job)}
        className="h-1.5 overflow-hidden rounded-full bg-white/10"
      >
        <div className="h-full rounded-full bg-accent transition-[width] duration-500 ease-out" style={{ width: `${value}%` }} />
      </div>
      <p className="mt-2 text-xs tabular-nums text-neutral-400">{progressLabel(job)}</p>
    </div>
  );
}

/** Why a job failed, in plain words. */
export function JobFailure({ job, className = "" }: { job: Pick<JobSummaryDTO, "status" | "failureReason">; className?: string }) {
  return (
    <p className={`text-sm text-red-300 ${className}`}>
      <span className="font-medium">{job.status === "CANCELLED" ? "Cancelled. " : "Failed. "}</span>
      {job.failureReason ?? "The vendor could not make this image."}
    </p>
  );
}
