// The JSON columns of a job, each read and written through one codec (lib/domain/json-text.ts).
// The shapes are as loose as what the studio has always written, so old rows decode exactly as
// the ad-hoc JSON.parse did: a field of the wrong type reads as absent, unknown fields are kept.
import { z } from "zod";
import type { OfferedAction } from "@/lib/vendors/types";
import { jsonText } from "./json-text";

/**
 * Job.params: each kind's own parameters and inputs (lib/jobs/job-params.ts checks them per kind
 * when the job is submitted); here only an object.
 */
export const jobParamsJson = jsonText(z.record(z.string(), z.unknown()));
export type JobParamsRecord = Record<string, unknown>;

/** Job.result: what a finished job learnt (seed, describe or shorten prompts, the vendor's prompt) and a dialog's state. */
export const jobResultSchema = z.looseObject({
  seed: z.string().optional().catch(undefined),
  prompts: z.array(z.string()).optional().catch(undefined),
  /** The prompt the vendor ran (midjourney-proxy properties.finalPrompt). */
  vendorPrompt: z.string().optional().catch(undefined),
  /** While the vendor's dialog waits: lib/jobs/job-input-state.ts. */
  input: z.unknown().optional(),
});
export type JobResult = z.output<typeof jobResultSchema>;
export const jobResultJson = jsonText(jobResultSchema);

/** Job.offeredActions: the follow-ups a finished task offers, with the vendor's payload (never sent to the browser). */
export const offeredActionSchema = z.object({ key: z.string(), label: z.string(), payload: z.string() }) satisfies z.ZodType<OfferedAction>;
export const offeredActionsJson = jsonText(z.array(offeredActionSchema));
