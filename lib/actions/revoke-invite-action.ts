"use server";

import { revokeInvite } from "@/lib/data/invites/revoke-invite";
import { inviteIdSchema } from "@/lib/schemas/users";
import { adminAction } from "./admin-action";

/** Ends an unused invite link (admins). */
export const revokeInviteAction = adminAction(inviteIdSchema, async (input, admin) => {
  await revokeInvite(admin, input.inviteId);
  return { ok: true };
});
