"use server";

import { editConnection } from "@/lib/data/connections/edit-connection";
import { forgetVendorClient } from "@/lib/jobs/engine-instance";
import { editConnectionSchema } from "@/lib/schemas/connections";
import { adminAction } from "./admin-action";

/** Edits a vendor connection (admins); a blank key keeps the stored one. */
export const editConnectionAction = adminAction(editConnectionSchema, async (input, admin) => {
  const result = await editConnection(admin, input);
  forgetVendorClient(result.id);
  return result;
});
