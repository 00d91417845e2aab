"use server";

import { setUserDisabled } from "@/lib/data/users/set-user-disabled";
import { setUserDisabledSchema } from "@/lib/schemas/users";
import { adminAction } from "./admin-action";

/** Disables or re-enables an account (admins); a disabled person is signed out at their next request. */
export const setUserDisabledAction = adminAction(setUserDisabledSchema, async (input, admin) => setUserDisabled(admin, input.userId, input.disabled));
