"use server";

import { unlockUserSignIn } from "@/lib/data/users/unlock-user-sign-in";
import { userIdSchema } from "@/lib/schemas/users";
import { adminAction } from "./admin-action";

/** Lifts a sign-in lock from too many failed attempts (admins). */
export const unlockUserSignInAction = adminAction(userIdSchema, async (input, admin) => unlockUserSignIn(admin, input.userId));
