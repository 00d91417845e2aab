// Called by actions after they queue a job: live feeds learn of it and the dispatcher wakes.
import { announceJobChange } from "@/lib/live/announce-job-change";
import { getJobEngine } from "./engine-instance";

export async function afterJobQueued(jobId: string): Promise<void> {
  const engine = getJobEngine();
  if (engine) {
    await engine.onJobQueued(jobId);
    return;
  }
  // No engine in this process (a CLI or a test): still announce; an engine elsewhere polls the queue.
  await announceJobChange(jobId);
}
