"use server";

import { requireUserForPasswordChange } from "@/lib/auth/session";
import { changeOwnPassword } from "@/lib/data/users/change-own-password";
import { toUserMessage } from "@/lib/errors";
import { changePasswordSchema } from "@/lib/schemas/users";
import type { ActionResult } from "./authed-action";

/**
 * Changes the signed-in person's own password (the current one is checked) and ends their
 * other sessions. The one action open to someone who must still replace a generated password,
 * so it authenticates without authedAction's "change your password first" refusal.
 */
export async function changePasswordAction(raw: {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}): Promise<ActionResult<{ endedSessions: number }>> {
  try {
    const user = await requireUserForPasswordChange();
    const parsed = changePasswordSchema.safeParse(raw);
    if (!parsed.success) return { error: parsed.error.issues.map((i) => i.message).join(" ") };
    return { data: await changeOwnPassword(user, parsed.data) };
  } catch (error) {
    return { error: toUserMessage(error) };
  }
}
