"use server";

import { removeConnection } from "@/lib/data/connections/remove-connection";
import { forgetVendorClient } from "@/lib/jobs/engine-instance";
import { connectionIdSchema } from "@/lib/schemas/connections";
import { adminAction } from "./admin-action";

/** Removes a connection that never ran a job, or retires one that did (admins). */
export const removeConnectionAction = adminAction(connectionIdSchema, async (input, admin) => {
  const result = await removeConnection(admin, input.id);
  forgetVendorClient(input.id);
  return result;
});
