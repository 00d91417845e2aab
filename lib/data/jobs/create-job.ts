import "server-only";
import { db } from "@/lib/db";
import { assertWithinBudget } from "@/lib/data/budgets/assert-within-budget";
import type { SessionUser } from "@/lib/data/users/get-session-user";
import type { JobKind } from "@/lib/jobs/job-params";
import { parsePrompt } from "@/lib/prompt/prompt-flags";

export interface NewJob {
  kind: JobKind;
  action?: string;
  prompt?: string;
  params: Record<string, unknown>;
  connectionId: string;
  teamId: string;
  parentId?: string;
  visibility: "SHARED" | "PRIVATE";
}

/** Inserts a QUEUED job (the dispatcher submits it) after the budget check. */
export async function createJob(user: Pick<SessionUser, "id">, job: NewJob): Promise<{ id: string }> {
  await assertWithinBudget(user.id, job.teamId);
  const row = await db.job.create({
    data: {
      kind: job.kind,
      action: job.action ?? null,
      prompt: job.prompt ?? "",
      params: JSON.stringify(job.params),
      connectionId: job.connectionId,
      teamId: job.teamId,
      userId: user.id,
      parentId: job.parentId ?? null,
      visibility: job.visibility,
      // Until the images arrive (then their real size decides), the prompt's --ar is the best guess.
      aspectRatio: parsePrompt(job.prompt ?? "").flags.ar ?? "1:1",
    },
    select: { id: true },
  });
  return row;
}
