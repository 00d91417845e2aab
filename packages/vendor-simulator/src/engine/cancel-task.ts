// Cancels a task that has not finished: it fails at once with the given reason, and its
// webhook (if it has a hook) says so. trueai's cancel endpoint does exactly this with
// Fail("取消任务"); the CANCEL status is never assigned (TaskController.cs:86-125).
import type { SimulatorContext } from "../simulator-context";
import { stateAt } from "./task-state";

export function cancelTask(ctx: SimulatorContext, id: string, reason: string): boolean {
  const now = ctx.now();
  if (!ctx.store.failUnfinished(id, now, reason)) return false;
  const row = ctx.store.get(id);
  if (row) {
    const state = stateAt(row, now);
    ctx.scheduler.notify(row, state);
  }
  ctx.scheduler.pump();
  return true;
}
