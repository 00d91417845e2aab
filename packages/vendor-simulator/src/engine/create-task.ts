// Creates a task for an accepted submit. It joins the key's queue (or waits in MODAL for the
// input a modal asks for) and the scheduler starts it as soon as a slot is free.
import { randomInt, randomUUID } from "node:crypto";
import { hashSeed } from "../image/seeded-random";
import type { SimulatorContext } from "../simulator-context";
import type { StoredRequest, SimProfile, TaskKind, TaskParams, TaskRow } from "../store/task-types";
import { notifyTask } from "../webhooks/notify-task";
import { MODAL_INDEX, NOTHING_NOTIFIED } from "./task-state";

export interface NewTask {
  id?: string;
  profile: SimProfile;
  keyHash: string;
  kind: TaskKind;
  action: string;
  parentId?: string | null;
  prompt: string;
  params: TaskParams;
  request: StoredRequest;
  hookUrl?: string | null;
  notifyId?: string | null;
  mode?: TaskRow["mode"];
  origin: string;
  getUImages?: boolean;
  timeoutMs?: number | null;
  modal?: boolean;
  /** A failure the task meets when it reaches a step, decided at submit (trueai's late banned-word check). */
  failure?: { reason: string; atStep: number };
}

/** TTAPI job ids are UUIDs; midjourney-proxy ids are 16-digit strings (ms timestamp + 3 digits). */
export function newTaskId(ctx: Pick<SimulatorContext, "store" | "now">, profile: SimProfile): string {
  if (profile === "ttapi") return randomUUID();
  for (;;) {
    const id = `${ctx.now()}${randomInt(0, 1000).toString().padStart(3, "0")}`;
    if (!ctx.store.exists(id)) return id;
  }
}

/** A fresh drawing seed for a task (Midjourney seeds are 0..4294967295). */
export function newSeed(taskId: string): number {
  return hashSeed("seed", taskId);
}

export function createTask(ctx: SimulatorContext, input: NewTask): TaskRow {
  const now = ctx.now();
  const id = input.id ?? newTaskId(ctx, input.profile);
  const failure = input.failure ?? (input.modal ? null : ctx.knobs.takeTaskFailure());
  const row: TaskRow = {
    id,
    protocol: input.profile === "ttapi" ? "ttapi" : "mjproxy",
    profile: input.profile,
    keyHash: input.keyHash,
    kind: input.kind,
    action: input.action,
    parentId: input.parentId ?? null,
    status: input.modal ? "modal" : "queued",
    prompt: input.prompt,
    params: input.params,
    requests: [input.request],
    hookUrl: input.hookUrl || null,
    notifyId: input.notifyId ?? null,
    mode: input.mode ?? "fast",
    origin: input.origin,
    getUImages: input.getUImages ?? false,
    submittedAt: now,
    startedAt: null,
    finishedAt: null,
    stepMs: ctx.knobs.settings.stepMs,
    steps: ctx.options.steps,
    timeoutMs: input.timeoutMs ?? null,
    notifiedIndex: input.modal ? MODAL_INDEX : NOTHING_NOTIFIED,
    result: null,
    failReason: failure?.reason ?? null,
    failAtStep: failure ? Math.min(failure.atStep, ctx.options.steps) : null,
    seedRevealed: false,
  };
  ctx.store.insert(row);
  if (input.modal) notifyTask(ctx, row, { phase: "modal", index: MODAL_INDEX, progress: 0 });
  else ctx.scheduler.pump();
  return ctx.store.get(id) ?? row;
}
