// What a job does (Job.kind). A follow-up of a finished job is an ACTION; its `action` column says which.
import { z } from "zod";

export const JOB_KINDS = ["IMAGINE", "ACTION", "INPAINT", "BLEND", "DESCRIBE", "SHORTEN", "FACESWAP"] as const;
export type JobKind = (typeof JOB_KINDS)[number];
export const jobKindSchema = z.enum(JOB_KINDS);
