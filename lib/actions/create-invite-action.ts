"use server";

import { createInvite } from "@/lib/data/invites/create-invite";
import { createInviteSchema } from "@/lib/schemas/users";
import { adminAction } from "./admin-action";

/** Makes a single-use, expiring invite link into a team (admins). The token is returned once. */
export const createInviteAction = adminAction(createInviteSchema, async (input, admin) => createInvite(admin, input));
