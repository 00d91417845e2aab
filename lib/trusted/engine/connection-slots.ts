import "server-only";
import type { Prisma } from "@/lib/db";
import { ACTIVE_STATUSES } from "@/lib/domain/job-status";
import { SUBMIT_IN_DOUBT } from "@/lib/domain/submit-state";

/** The jobs that hold one of a connection's concurrency slots: at the vendor, or a submit under way or unconfirmed. */
export function slotHoldersWhere(connectionId: string): Prisma.JobWhereInput {
  return { connectionId, OR: [{ status: { in: [...ACTIVE_STATUSES] } }, { status: "QUEUED", submitState: { in: [...SUBMIT_IN_DOUBT] } }] };
}
