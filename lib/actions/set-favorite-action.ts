"use server";

import { setFavoriteSchema } from "@/lib/schemas/jobs";
import { setJobFavorite } from "@/lib/data/jobs/set-job-favorite";
import { authedAction } from "./authed-action";

/** Adds a job the user may see to their favourites, or takes it out. */
export const setFavoriteAction = authedAction(setFavoriteSchema, async (input, user) => setJobFavorite(user, input.jobId, input.favorite));
