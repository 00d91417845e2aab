import { jobParamsJson, jobResultJson } from "@/lib/domain/job-json";
import { readJsonText } from "@/lib/domain/json-text";
// The prompt Midjourney should see when a follow-up of this job asks for one (a remix-mode
// dialog, Vary Region, the Remix box). A blend's, describe's or face swap's `prompt` column is
// only a label ("Blend of 2 images"): their real prompt is the one the vendor reports
// (midjourney-proxy properties.finalPrompt, kept as result.vendorPrompt), or none at all.

const LABEL_KINDS = new Set(["BLEND", "DESCRIBE", "SHORTEN", "FACESWAP"]);

interface PromptSource {
  kind: string;
  prompt: string;
  /** Job.params JSON. */
  params: string;
  /** Job.result JSON. */
  result: string;
}

const str = (value: unknown) => (typeof value === "string" ? value.trim() : "");

/** The job's Midjourney prompt, or "" when it has none (then a dialog needs the user's words). */
export function midjourneyPrompt(job: PromptSource): string {
  const params = readJsonText(jobParamsJson, job.params || "{}", {});
  const vendorPrompt = str(readJsonText(jobResultJson, job.result || "{}", {}).vendorPrompt);
  // A follow-up made since issue 10 records what it started from and what the user wrote.
  if (typeof params.basePrompt === "string") return str(params.prompt) || str(params.basePrompt) || vendorPrompt;
  if (LABEL_KINDS.has(job.kind.toUpperCase())) return vendorPrompt;
  return job.prompt.trim() || vendorPrompt;
}
