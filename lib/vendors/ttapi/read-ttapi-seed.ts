// TTAPI's seed is a task of its own: POST /seed answers with a job id, and the seed appears in
// that job's data.seed once it finishes. The studio's seed() waits for it.
import { pollUntil, type AdapterOptions } from "../adapter-options";
import { VendorError } from "../vendor-error";
import { fetchTtapiTask } from "./fetch-ttapi-task";
import { ttapiSubmit, type TtapiContext } from "./ttapi-transport";

export async function readTtapiSeed(ctx: TtapiContext, options: AdapterOptions, taskId: string): Promise<string> {
  const known = await fetchTtapiTask(ctx, taskId);
  if (known.seed) return known.seed;
  if (known.status !== "SUCCEEDED") throw new VendorError("BAD_REQUEST", "TTAPI gives a seed only for a finished task.");
  const seedJobId = await ttapiSubmit(ctx, "/midjourney/v1/seed", { jobId: taskId });
  return pollUntil(
    options,
    async () => {
      const job = await fetchTtapiTask(ctx, seedJobId);
      if (job.seed) return job.seed;
      if (job.status === "FAILED") throw new VendorError(job.failureCode ?? "VENDOR_ERROR", `TTAPI could not read the seed: ${job.failureReason}`);
      // /seed may answer with the same jobId (its own example does): that job is already finished
      // and its seed appears a moment later. A separate seed job that ends without one is an error.
      if (job.status === "SUCCEEDED" && seedJobId !== taskId) throw new VendorError("VENDOR_ERROR", "TTAPI finished the seed task without a seed.");
      return undefined;
    },
    () => new VendorError("TIMEOUT", `TTAPI did not report the seed within ${Math.round(options.waitTimeoutMs / 1000)} s.`),
  );
}
