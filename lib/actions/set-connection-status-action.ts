"use server";

import { setConnectionStatus } from "@/lib/data/connections/set-connection-status";
import { forgetVendorClient } from "@/lib/jobs/engine-instance";
import { announceJobChange } from "@/lib/live/announce-job-change";
import { connectionStatusSchema } from "@/lib/schemas/connections";
import { adminAction } from "./admin-action";

/** Enables, disables or retires a vendor connection (admins). */
export const setConnectionStatusAction = adminAction(connectionStatusSchema, async (input, admin) => {
  const result = await setConnectionStatus(admin, input.id, input.status);
  forgetVendorClient(input.id);
  for (const jobId of result.failedJobIds) await announceJobChange(jobId);
  return { name: result.name, failedJobs: result.failedJobIds.length };
});
