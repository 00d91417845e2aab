"use server";

import { promptCheckSchema } from "@/lib/schemas/jobs";
import { checkPrompt } from "@/lib/data/jobs/check-prompt";
import { authedAction } from "./authed-action";

/** The vendor's prompt check before submitting, where the vendor offers one. */
export const checkPromptAction = authedAction(promptCheckSchema, async (input, user) => checkPrompt(user, input.prompt, input.connectionId));
