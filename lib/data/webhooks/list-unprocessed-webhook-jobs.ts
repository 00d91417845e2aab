import "server-only";
import { db } from "@/lib/db";

/** Callbacks stored but not yet handled (e.g. the server died right after the 2xx): the newest per job. */
export async function listUnprocessedWebhookJobs(limit = 100): Promise<{ jobId: string; body: string }[]> {
  const rows = await db.webhookEvent.findMany({
    where: { processedAt: null, jobId: { not: null } },
    orderBy: { id: "desc" },
    select: { jobId: true, body: true },
    take: limit * 4,
  });
  const seen = new Map<string, string>();
  for (const row of rows) if (row.jobId && !seen.has(row.jobId)) seen.set(row.jobId, row.body);
  return [...seen].slice(0, limit).map(([jobId, body]) => ({ jobId, body }));
}
