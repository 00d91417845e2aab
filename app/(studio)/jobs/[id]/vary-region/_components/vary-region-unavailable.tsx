import Link from "next/link";

/** Shown instead of the editor when the job cannot be varied by region (yet). */
export function VaryRegionUnavailable({ title, message, jobId }: { title: string; message: string; jobId?: string }) {
  return (
    <div className="mx-auto grid max-w-md place-items-center px-4 py-24 text-center">
      <h1 className="text-xl font-semibold">{title}</h1>
      <p className="mt-2 text-sm text-neutral-400">{message}</p>
      <Link href={jobId ? `/jobs/${jobId}` : "/"} className="mt-6 text-sm text-accent hover:underline">
        {jobId ? "Back to the job" : "Back to the studio"}
      </Link>
    </div>
  );
}
