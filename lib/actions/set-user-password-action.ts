"use server";

import { setUserPassword } from "@/lib/data/users/set-user-password";
import { setUserPasswordSchema } from "@/lib/schemas/users";
import { adminAction } from "./admin-action";

/** Gives someone a new password (admins); all their sessions end. The password is never logged. */
export const setUserPasswordAction = adminAction(setUserPasswordSchema, async (input, admin) => setUserPassword(admin, input));
