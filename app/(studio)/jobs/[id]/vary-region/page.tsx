import type { Metadata } from "next";
import Link from "next/link";
import { MaskEditorLazy } from "@/components/mask-editor/mask-editor-lazy";
import { requirePageUser } from "@/lib/auth/session";
import { getJobDetail } from "@/lib/data/jobs/get-job-detail";
import { isAppError } from "@/lib/errors";
import { varyRegionAvailability } from "./_components/vary-region-availability";
import { VaryRegionUnavailable } from "./_components/vary-region-unavailable";

export const metadata: Metadata = { title: "Vary (Region)" };

export default async function VaryRegionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser(`/jobs/${id}/vary-region`);
  const job = await getJobDetail(user, id).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") return null;
    throw error;
  });
  if (!job) return <VaryRegionUnavailable title="Job not found" message="That job does not exist or is not shared with you." />;
  const available = varyRegionAvailability(job);
  if (!available.ok) return <VaryRegionUnavailable title={available.title} message={available.message} jobId={job.id} />;

  return (
    <div className="flex flex-col gap-3 px-3 pt-3 pb-4 md:h-dvh md:px-6 md:pt-4">
      <header className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <Link href={`/jobs/${job.id}`} className="text-sm text-neutral-400 hover:text-white">
          ← Back to the job
        </Link>
        <h1 className="text-lg font-semibold tracking-tight md:text-xl">Vary (Region)</h1>
        <p className="text-xs text-neutral-500 tabular-nums">
          {available.width} × {available.height} px
        </p>
      </header>
      <MaskEditorLazy key={job.id} jobId={job.id} imageUrl={available.imageUrl} width={available.width} height={available.height} prompt={job.basePrompt} />
    </div>
  );
}
