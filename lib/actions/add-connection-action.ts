"use server";

import { addConnection } from "@/lib/data/connections/add-connection";
import { addConnectionSchema } from "@/lib/schemas/connections";
import { adminAction } from "./admin-action";

/** Adds a vendor connection (admins). The key goes in once and only its last 4 characters ever come back. */
export const addConnectionAction = adminAction(addConnectionSchema, async (input, admin) => addConnection(admin, input));
