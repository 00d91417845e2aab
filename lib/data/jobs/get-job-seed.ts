import "server-only";
import { db } from "@/lib/db";
import { jobResultJson } from "@/lib/domain/job-json";
import { AppError } from "@/lib/errors";
import { getVendorClientForConnection } from "@/lib/trusted/connections/get-vendor-client-for-connection";
import type { SessionUser } from "@/lib/data/users/get-session-user";
import { assertNotTrashed } from "./assert-not-trashed";
import { getJobForWriteOrThrow } from "./get-job-for-write-or-throw";

/** The job's seed, asked from the vendor on demand and remembered. */
export async function getJobSeed(user: SessionUser, jobId: string): Promise<{ seed: string }> {
  const job = await getJobForWriteOrThrow(user, jobId);
  assertNotTrashed(job);
  const result = jobResultJson.decode(job.result);
  if (result.seed) return { seed: result.seed };
  if (job.status !== "SUCCEEDED" || !job.vendorTaskId) throw new AppError("CONFLICT", "The seed is available once the job has finished.");
  const client = await getVendorClientForConnection(job.connectionId);
  const seed = await client.seed(job.vendorTaskId);
  await db.job.update({ where: { id: job.id }, data: { result: jobResultJson.encode({ ...result, seed }) } });
  return { seed };
}
