// Shared set-up of the /sim/trueai tests: one simulator for the file, reset after each test, and
// the few steps every trueai test takes (submit, wait until settled, press a button).
import { afterAll, afterEach, beforeAll, expect } from "vitest";
import { startTestSimulator, waitFor, type MjJson, type TestSimulator } from "../testing/sim-test-kit";

export interface TrueaiSession {
  readonly sim: TestSimulator;
  trueai: (path: string, body?: unknown) => ReturnType<TestSimulator["mj"]>;
  button: (task: MjJson, label: string) => string;
  settled: (id: string) => Promise<MjJson>;
  imagine: (prompt: string, extra?: Record<string, unknown>) => Promise<MjJson>;
  upscaleOf: (prompt: string) => Promise<MjJson>;
}

/** Registers the file's hooks and returns its helpers; `sim` is there once beforeAll has run. */
export function trueaiTestSession(): TrueaiSession {
  let sim: TestSimulator | undefined;
  beforeAll(async () => {
    sim = await startTestSimulator();
  });
  afterAll(async () => {
    await sim?.close();
  });
  afterEach(async () => {
    await sim?.control("/reset", {});
  });
  const current = (): TestSimulator => {
    if (!sim) throw new Error("the trueai simulator has not started");
    return sim;
  };
  const trueai = (path: string, body?: unknown) => current().mj(path, { profile: "trueai", body });
  const button = (task: MjJson, label: string): string => {
    const found = (task.buttons as { label: string; emoji: string; customId: string }[]).find((b) => b.label === label || b.emoji === label);
    if (!found) throw new Error(`no button ${label} in ${JSON.stringify(task.buttons)}`);
    return found.customId;
  };
  const settled = (id: string): Promise<MjJson> =>
    waitFor(async () => {
      const { json } = await trueai(`/mj/task/${id}/fetch`);
      return ["SUCCESS", "FAILURE", "MODAL"].includes(json?.status) ? json : undefined;
    });
  const imagine = async (prompt: string, extra: Record<string, unknown> = {}): Promise<MjJson> => {
    const submitted = await trueai("/mj/submit/imagine", { prompt, ...extra });
    expect(submitted.json.code).toBe(1);
    return settled(submitted.json.result);
  };
  const upscaleOf = async (prompt: string): Promise<MjJson> => {
    const grid = await imagine(prompt);
    const up = await trueai("/mj/submit/action", { taskId: grid.id, customId: button(grid, "U1") });
    expect(up.json.code).toBe(1);
    return settled(up.json.result);
  };
  return {
    get sim() {
      return current();
    },
    ...{ trueai, button, settled, imagine, upscaleOf },
  };
}
