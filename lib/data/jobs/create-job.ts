import "server-only";
import { db } from "@/lib/db";
import { jobParamsJson } from "@/lib/domain/job-json";
import type { Visibility } from "@/lib/domain/visibility";
import { AppError } from "@/lib/errors";
import { insertJobWithinBudget } from "@/lib/data/budgets/insert-job-within-budget";
import type { SessionUser } from "@/lib/data/users/get-session-user";
import { jobCost, parseActionCosts } from "@/lib/jobs/job-cost";
import type { JobKind } from "@/lib/domain/job-kind";
import { parsePrompt } from "@/lib/prompt/prompt-flags";

export interface NewJob {
  kind: JobKind;
  action?: string;
  prompt?: string;
  params: Record<string, unknown>;
  connectionId: string;
  teamId: string;
  parentId?: string;
  visibility: Visibility;
  /** The shape chosen outside the prompt (an edit's aspect ratio); else the prompt's --ar decides. */
  aspectRatio?: string;
}

/**
 * Inserts a QUEUED job (the dispatcher submits it), reserving what it will cost (its
 * connection's price for this kind of job) against the daily budgets in the same transaction.
 */
export async function createJob(user: Pick<SessionUser, "id">, job: NewJob): Promise<{ id: string }> {
  const connection = await db.vendorConnection.findUnique({ where: { id: job.connectionId }, select: { actionCosts: true } });
  if (!connection) throw new AppError("NOT_FOUND", "That vendor connection no longer exists.");
  return insertJobWithinBudget({
    kind: job.kind,
    action: job.action ?? null,
    prompt: job.prompt ?? "",
    params: jobParamsJson.encode(job.params),
    connectionId: job.connectionId,
    teamId: job.teamId,
    userId: user.id,
    parentId: job.parentId ?? null,
    visibility: job.visibility,
    // Until the images arrive (then their real size decides), the prompt's --ar is the best guess.
    aspectRatio: job.aspectRatio ?? parsePrompt(job.prompt ?? "").flags.ar ?? "1:1",
    cost: jobCost(job.kind, job.action, parseActionCosts(connection.actionCosts)),
  });
}
