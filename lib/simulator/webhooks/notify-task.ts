// Turns a task's new state into a webhook in the outbox: the body is exactly what the
// protocol's fetch would answer at that moment, built with the origin the task was submitted on.
import type { TaskState } from "../engine/task-state";
import { buildMjproxyTaskObject } from "../mjproxy/mjproxy-task-object";
import type { SimulatorContext } from "../simulator-context";
import type { TaskRow } from "../store/task-types";
import { buildTtapiJobPayload } from "../ttapi/ttapi-job-payload";

export function taskPayload(row: TaskRow, state: TaskState, origin: string): unknown {
  return row.protocol === "ttapi" ? buildTtapiJobPayload(row, state, origin) : buildMjproxyTaskObject(row, state, origin);
}

/** Queues one webhook for a state (if the task has a hook URL), applying the webhook knobs. */
export function notifyTask(ctx: Pick<SimulatorContext, "knobs" | "webhooks" | "dispatcher" | "now">, row: TaskRow, state: TaskState, url = row.hookUrl): void {
  if (!url) return;
  const isFinal = state.phase === "succeeded" || state.phase === "failed";
  const plan = ctx.knobs.webhookPlan(isFinal);
  ctx.webhooks.add({
    taskId: row.id,
    url,
    body: JSON.stringify(taskPayload(row, state, row.origin)),
    label: `${state.phase}:${state.progress}`,
    isFinal,
    status: plan.drop ? "dropped" : "pending",
    held: plan.held,
    copies: plan.copies,
    at: ctx.now(),
  });
  // A dropped final webhook would otherwise keep the held ones back forever.
  if (isFinal && plan.drop) ctx.webhooks.releaseHeld(row.id, ctx.now());
  ctx.dispatcher.kick();
}
