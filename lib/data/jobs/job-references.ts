import "server-only";
import { db } from "@/lib/db";
import type { JobReferenceDTO } from "@/lib/dto/jobs";
import { imagineParamsSchema } from "@/lib/jobs/job-params";
import { visibleJobsWhere, type Viewer } from "./job-visibility";

/**
 * An imagine job's reference slots for its page. A gallery image shows as a thumbnail only to a
 * viewer who may see it (someone else's private image is a chip without a picture); uploads have
 * no page of their own and show as chips.
 */
export async function jobReferences(viewer: Viewer, kind: string, params: unknown): Promise<JobReferenceDTO[]> {
  if (kind !== "IMAGINE") return [];
  const parsed = imagineParamsSchema.safeParse(params);
  if (!parsed.success || parsed.data.references.length === 0) return [];
  const { references } = parsed.data;
  const ids = references.flatMap((r) => (r.imageId ? [r.imageId] : []));
  const visible = await db.image.findMany({
    where: { id: { in: ids }, job: { AND: [visibleJobsWhere(viewer), { deletedAt: null }] } },
    select: { id: true },
  });
  const seen = new Set(visible.map((v) => v.id));
  return references.map((r) => {
    const shown = r.imageId && seen.has(r.imageId) ? r.imageId : null;
    return { slot: r.slot, source: r.imageId ? "gallery" : "upload", imageId: shown, thumbUrl: shown ? `/api/images/${shown}/thumb` : null };
  });
}
