// The engine's step for a job whose task waits in the vendor's dialog (status NEEDS_INPUT):
// decide (answer-vendor-dialog.ts), then confirm with the vendor or record the question for the
// user, and announce what changed.
import type { TaskSnapshot, VendorClient } from "@/lib/vendors/types";
import { decideDialog, sendDialogConfirmation } from "./answer-vendor-dialog";
import type { EngineJob, EngineStore } from "./engine-store";
import { readJobInputState } from "./job-input-state";
import type { PollSchedule } from "./poll-schedule";
import type { UploadReader } from "./prepare-submit";

export interface DialogEnv {
  store: Pick<EngineStore, "recordJobInput" | "scheduleNextPoll">;
  uploads: UploadReader;
  graceMs: number;
  schedule: Pick<PollSchedule, "soonAt">;
  announce(jobId: string): Promise<void>;
}

const REFUSED = "The vendor did not accept the prompt the studio sent for this step. Check it and send it again.";

/** True when it scheduled the job's next poll itself (right after a confirmation). */
export async function followVendorDialog(job: EngineJob, snapshot: TaskSnapshot, client: VendorClient, env: DialogEnv): Promise<boolean> {
  const { store } = env;
  const state = readJobInputState(job.result);
  if (snapshot.inputReason) console.warn(`[engine] vendor refused the dialog answer for ${job.id}: ${snapshot.inputReason}`);
  const decision = decideDialog(job, snapshot, state, Boolean(client.confirmModal), Date.now(), env.graceMs);
  if (decision.kind === "wait") return false;
  if (decision.kind === "ask") {
    const askUser = { reason: decision.reason, prompt: decision.prompt, canAnswer: decision.canAnswer ?? true };
    if (await store.recordJobInput(job.id, { ...state, confirmNow: false, askUser })) await env.announce(job.id);
    return false;
  }
  const sent = await sendDialogConfirmation(client, job, decision.request, env.uploads);
  const confirmed = { ...state, confirms: state.confirms + 1, confirmedAt: new Date().toISOString(), confirmNow: false, askUser: undefined };
  if (sent.ok || sent.retry) {
    if (!sent.ok) console.warn(`[engine] confirming the dialog of ${job.id} may not have arrived: ${sent.reason}`);
    await store.recordJobInput(job.id, confirmed);
    await env.announce(job.id);
    await store.scheduleNextPoll(job.id, env.schedule.soonAt());
    return true;
  }
  console.warn(`[engine] vendor refused the dialog answer for ${job.id}: ${sent.reason}`);
  if (await store.recordJobInput(job.id, { ...confirmed, askUser: { reason: REFUSED, prompt: decision.request.prompt ?? "", canAnswer: true } }))
    await env.announce(job.id);
  return false;
}
