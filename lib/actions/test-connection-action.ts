"use server";

import { testConnection } from "@/lib/data/connections/test-connection";
import { connectionIdSchema } from "@/lib/schemas/connections";
import { adminAction } from "./admin-action";

/** Calls the vendor's harmless check with the stored key and reports the result in words (admins). */
export const testConnectionAction = adminAction(connectionIdSchema, async (input, admin) => testConnection(admin, input.id));
