// What the studio remembers about a job whose vendor task waits for input (midjourney-proxy
// status MODAL): how often it answered the vendor's dialog itself, and whether only the user
// can go on. Kept in Job.result (JSON) under "input" until the job finishes.
import { z } from "zod";
import { jobResultJson } from "@/lib/domain/job-json";
import { readJsonText } from "@/lib/domain/json-text";

export const jobInputStateSchema = z.object({
  /** How many times the engine confirmed the dialog itself. */
  confirms: z.number().int().min(0).default(0),
  /** ISO time of the engine's last confirmation. */
  confirmedAt: z.string().optional(),
  /** Set when only the user can go on: the job page shows a form with this reason and prompt. */
  askUser: z.object({ reason: z.string(), prompt: z.string(), canAnswer: z.boolean().default(true) }).optional(),
  /** The user just sent a prompt through that form: confirm at once, whatever the timing. */
  confirmNow: z.boolean().optional(),
});
export type JobInputState = z.infer<typeof jobInputStateSchema>;

/** The input state stored in a job's result JSON (an empty state when there is none). */
export function readJobInputState(resultJson: string | null | undefined): JobInputState {
  const result = readJsonText(jobResultJson, resultJson || "{}", {});
  const parsed = jobInputStateSchema.safeParse(result.input ?? {});
  return parsed.success ? parsed.data : { confirms: 0 };
}
