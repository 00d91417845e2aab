import "server-only";
import { db } from "@/lib/db";

/** The fields the engine needs to follow a job at its vendor. */
export async function getJobForEngine(jobId: string) {
  return db.job.findUnique({
    where: { id: jobId },
    select: {
      id: true,
      teamId: true,
      userId: true,
      visibility: true,
      connectionId: true,
      kind: true,
      action: true,
      prompt: true,
      params: true,
      status: true,
      progress: true,
      vendorTaskId: true,
      notifyId: true,
      submitState: true,
      leaseOwner: true,
      submittedAt: true,
      createdAt: true,
      pollCount: true,
      result: true,
      cost: true,
    },
  });
}

export type EngineJob = NonNullable<Awaited<ReturnType<typeof getJobForEngine>>>;
