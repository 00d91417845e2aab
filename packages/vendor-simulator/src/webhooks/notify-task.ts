// Turns a task's new state into a webhook in the outbox: the body is exactly what the
// protocol's fetch would answer at that moment, built with the origin the task was submitted on.
import type { TaskState } from "../engine/task-state";
import { buildMjproxyTaskObject } from "../mjproxy/mjproxy-task-object";
import { buildNovicezkTaskObject } from "../novicezk/novicezk-task-object";
import type { ResolvedSimulatorOptions, SimulatorContext } from "../simulator-context";
import { buildTrueaiTaskObject } from "../trueai/trueai-task-object";
import type { TaskRow } from "../store/task-types";
import { buildTtapiJobPayload } from "../ttapi/ttapi-job-payload";

/** The body of a task's webhook: what its mount's fetch answers (trueai posts its whole TaskInfo, NotifyService.cs:64-104). */
export function taskPayload(row: TaskRow, state: TaskState, origin: string, options: Pick<ResolvedSimulatorOptions, "trueai">): unknown {
  switch (row.profile) {
    case "ttapi":
      return buildTtapiJobPayload(row, state, origin);
    case "trueai":
    case "newapi":
      return buildTrueaiTaskObject(row, state, options.trueai.cdnOrigin ?? origin);
    case "novicezk":
      return buildNovicezkTaskObject(row, state, origin);
    default:
      return buildMjproxyTaskObject(row, state, origin);
  }
}

/** Queues one webhook for a state (if the task has a hook URL), applying the webhook knobs. */
export function notifyTask(
  ctx: Pick<SimulatorContext, "knobs" | "webhooks" | "dispatcher" | "now" | "options">,
  row: TaskRow,
  state: TaskState,
  url = row.hookUrl,
): void {
  if (!url) return;
  const isFinal = state.phase === "succeeded" || state.phase === "failed";
  const plan = ctx.knobs.webhookPlan(isFinal);
  ctx.webhooks.add({
    taskId: row.id,
    url,
    body: JSON.stringify(taskPayload(row, state, row.origin, ctx.options)),
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
