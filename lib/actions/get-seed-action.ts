"use server";

import { jobIdSchema } from "@/lib/schemas/jobs";
import { getJobSeed } from "@/lib/data/jobs/get-job-seed";
import { authedAction } from "./authed-action";

/** The seed of a finished job, fetched from its vendor on demand. */
export const getSeedAction = authedAction(jobIdSchema, async (input, user) => getJobSeed(user, input.jobId));
