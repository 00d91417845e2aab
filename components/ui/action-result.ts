// What every client write settles to, and the one sentence for a studio that did not answer.
// Pure (no React): the write hook (use-server-action.ts) and its unit test use it.
import type { ActionResult } from "@/lib/actions/authed-action";

export type { ActionResult };

/** Shown when a write never got an answer: offline, server down, or the request failed on the way. */
export const UNREACHABLE_MESSAGE = "The studio could not be reached. Try again.";

/** The studio answered and refused: its message is meant for the user as it is. */
export class ActionRefused extends Error {
  override name = "ActionRefused";
}

/** The action's data, or an ActionRefused carrying its message (so a mutation sees an error). */
export function unwrapActionResult<T>(result: ActionResult<T>): T {
  if (result.error !== undefined) throw new ActionRefused(result.error);
  return result.data;
}

/** The words for a failed write: the studio's own refusal, anything else is "could not be reached". */
export function actionErrorMessage(error: unknown): string {
  return error instanceof ActionRefused ? error.message : UNREACHABLE_MESSAGE;
}
