// Queues jobs the way the server actions do (schema → data function → engine), minus the session.
import { imagineSchema, actOnJobSchema } from "@/lib/schemas/jobs";
import { queueImagine } from "@/lib/data/jobs/queue-imagine";
import { queueFollowUp } from "@/lib/data/jobs/queue-follow-up";
import type { SessionUser } from "@/lib/data/users/get-session-user";
import type { JobEngine } from "@/lib/jobs/job-engine";

export async function imagine(engine: JobEngine, user: SessionUser, prompt: string, extra: { connectionId?: string; visibility?: "SHARED" | "PRIVATE" } = {}) {
  const job = await queueImagine(user, imagineSchema.parse({ prompt, ...extra }));
  await engine.onJobQueued(job.id);
  return job.id;
}

export async function act(engine: JobEngine, user: SessionUser, jobId: string, action: string) {
  const job = await queueFollowUp(user, actOnJobSchema.parse({ jobId, action }));
  await engine.onJobQueued(job.id);
  return job.id;
}
