"use server";

import { setDefaultConnection } from "@/lib/data/connections/set-default-connection";
import { connectionIdSchema } from "@/lib/schemas/connections";
import { adminAction } from "./admin-action";

/** Makes an active connection the default for new jobs (admins). */
export const setDefaultConnectionAction = adminAction(connectionIdSchema, async (input, admin) => setDefaultConnection(admin, input.id));
