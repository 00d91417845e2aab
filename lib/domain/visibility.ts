// Who sees a job (Job.visibility): its team, or only its creator (and admins, for the trash).
import { z } from "zod";

export const VISIBILITIES = ["SHARED", "PRIVATE"] as const;
export type Visibility = (typeof VISIBILITIES)[number];
export const visibilitySchema = z.enum(VISIBILITIES);
