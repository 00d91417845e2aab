"use server";

import { acceptInvite } from "@/lib/data/invites/accept-invite";
import { toUserMessage } from "@/lib/errors";
import { acceptInviteSchema, type AcceptInviteInput } from "@/lib/schemas/users";
import type { ActionResult } from "./authed-action";

/**
 * The one public action: the invite token is the credential. Creates the account; the
 * browser then signs in with the password it just chose.
 */
export async function acceptInviteAction(raw: AcceptInviteInput): Promise<ActionResult<{ email: string }>> {
  try {
    const parsed = acceptInviteSchema.safeParse(raw);
    if (!parsed.success) return { error: parsed.error.issues.map((i) => i.message).join(" ") };
    return { data: await acceptInvite(parsed.data) };
  } catch (error) {
    return { error: toUserMessage(error) };
  }
}
