// trueai no longer refuses banned words at submit: the check runs when the task is taken from
// the queue, and the task fails there with "可能包含敏感词" before any progress
// (DiscordService.cs:1883-1925; the submit-time check is commented out, SubmitController.cs:166-176).
import { findBannedWord } from "../text/banned-words";

export const LATE_BAN_REASON = "可能包含敏感词";

/** The failure a task with this prompt meets when it starts (step 0), or undefined. */
export function lateBan(prompt: string): { reason: string; atStep: number } | undefined {
  return findBannedWord(prompt) ? { reason: LATE_BAN_REASON, atStep: 0 } : undefined;
}
