import "server-only";
import { db } from "@/lib/db";

/** Jobs with callbacks stored but not yet handled (e.g. the server died right after the 2xx). */
export async function listUnprocessedWebhookJobs(limit = 100): Promise<string[]> {
  const rows = await db.webhookEvent.findMany({ where: { processedAt: null, jobId: { not: null } }, distinct: ["jobId"], select: { jobId: true }, take: limit });
  return rows.map((r) => r.jobId!).filter(Boolean);
}
