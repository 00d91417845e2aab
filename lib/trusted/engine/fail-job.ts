import "server-only";
import { db } from "@/lib/db";
import { failedJobFields } from "./failed-job-fields";
import { TERMINAL_STATUSES } from "@/lib/domain/job-status";

/**
 * Ends a job as FAILED (or CANCELLED, when the vendor cancelled its task) with a reason a
 * person understands. A finished job is left alone. Its budget reservation is released by the
 * status itself; a charge the vendor reported for the failed task (quotaUsed) still counts.
 */
export async function failJob(
  jobId: string,
  failureCode: string,
  failureReason: string,
  extra: { quotaUsed?: number; status?: "FAILED" | "CANCELLED" } = {},
): Promise<boolean> {
  const result = await db.job.updateMany({
    where: { id: jobId, status: { notIn: [...TERMINAL_STATUSES] } },
    data: {
      status: extra.status ?? "FAILED",
      ...failedJobFields(failureCode, failureReason),
      ...(extra.quotaUsed !== undefined ? { quotaUsed: extra.quotaUsed } : {}),
    },
  });
  return result.count === 1;
}
