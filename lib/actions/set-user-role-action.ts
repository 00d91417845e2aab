"use server";

import { setUserRole } from "@/lib/data/users/set-user-role";
import { setUserRoleSchema } from "@/lib/schemas/users";
import { adminAction } from "./admin-action";

/** Makes someone an admin or a member (admins); their open sessions end. */
export const setUserRoleAction = adminAction(setUserRoleSchema, async (input, admin) => setUserRole(admin, input.userId, input.role));
