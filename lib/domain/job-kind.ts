// What a job does (Job.kind). A follow-up of a finished job is an ACTION; its `action` column says which.
// VIDEO animates an image (action null) or extends a finished video (action "extend"); EDIT edits or
// retextures an uploaded image (action "edit" | "retexture").
import { z } from "zod";

export const JOB_KINDS = ["IMAGINE", "ACTION", "INPAINT", "BLEND", "DESCRIBE", "SHORTEN", "FACESWAP", "VIDEO", "EDIT"] as const;
export type JobKind = (typeof JOB_KINDS)[number];
export const jobKindSchema = z.enum(JOB_KINDS);
