import { describe, expect, it } from "vitest";
import type { TaskRow } from "../store/task-types";
import { stateAt } from "./task-state";

function running(overrides: Partial<TaskRow> = {}): TaskRow {
  return {
    id: "t",
    protocol: "ttapi",
    profile: "ttapi",
    keyHash: "k",
    kind: "imagine",
    action: "imagine",
    parentId: null,
    status: "running",
    prompt: "p",
    params: { seed: 1, family: "v6" },
    requests: [],
    hookUrl: null,
    notifyId: null,
    mode: "fast",
    origin: "http://x",
    getUImages: false,
    submittedAt: 1000,
    startedAt: 1000,
    finishedAt: null,
    stepMs: 100,
    steps: 5,
    timeoutMs: null,
    notifiedIndex: -4,
    result: null,
    failReason: null,
    failAtStep: null,
    seedRevealed: false,
    ...overrides,
  };
}

const result = { shape: "grid" as const, seed: "1", actions: [], hash: "h", buttons: [], readyAt: 1100 };

describe("stateAt", () => {
  it("derives progress from the start time and step duration", () => {
    expect(stateAt(running(), 1000)).toMatchObject({ phase: "running", index: 0, progress: 0 });
    expect(stateAt(running(), 1250)).toMatchObject({ phase: "running", index: 2, progress: 40 });
    expect(stateAt(running(), 9000)).toMatchObject({ phase: "running", index: 4, progress: 80 });
  });

  it("succeeds once the steps are done and the picture is rendered", () => {
    expect(stateAt(running({ result }), 1499)).toMatchObject({ phase: "running", progress: 80 });
    expect(stateAt(running({ result }), 1500)).toMatchObject({ phase: "succeeded", progress: 100 });
    expect(stateAt(running({ result: { ...result, readyAt: 2000 } }), 1700)).toMatchObject({ phase: "running" });
  });

  it("fails at the knob's step or at the timeout", () => {
    expect(stateAt(running({ failAtStep: 2, failReason: "boom" }), 1200)).toMatchObject({ phase: "failed", failReason: "boom", progress: 20 });
    expect(stateAt(running({ timeoutMs: 300 }), 1300)).toMatchObject({ phase: "failed", failReason: expect.stringMatching(/timeout/) });
  });
});
