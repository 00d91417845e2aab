// What the engine does with a task a remix-mode midjourney-proxy account parks in MODAL.
import { describe, expect, it } from "vitest";
import type { TaskSnapshot } from "@/lib/vendors/types";
import { decideDialog, dialogPrompt, MAX_ENGINE_CONFIRMS } from "./answer-vendor-dialog";

const NOW = Date.parse("2026-12-02T10:00:00Z");
const GRACE = 60_000;
const waiting = (extra: Partial<TaskSnapshot> = {}): TaskSnapshot => ({
  taskId: "1732012345679000",
  status: "NEEDS_INPUT",
  progress: 0,
  actions: [],
  ...extra,
});
const job = (params: Record<string, unknown>, prompt = "a lighthouse at dusk", submittedMsAgo = 5 * 60_000) => ({
  params: JSON.stringify(params),
  prompt,
  submittedAt: new Date(NOW - submittedMsAgo),
});

describe("a job whose task waits in the vendor's dialog (status MODAL)", () => {
  it("confirms it with the user's Remix prompt first, then the parent's prompt, then the vendor's proposal", () => {
    expect(dialogPrompt(job({ prompt: "a red lighthouse", basePrompt: "a lighthouse" }), waiting({ prompt: "from vendor" }))).toBe("a red lighthouse");
    expect(dialogPrompt(job({ basePrompt: "a lighthouse" }), waiting({ prompt: "from vendor" }))).toBe("a lighthouse");
    // A blend's child: no prompt of its own, the vendor's finalPrompt is all there is.
    expect(dialogPrompt(job({ basePrompt: "" }, "Blend of 2 images"), waiting({ prompt: "https://s.mj.run/a https://s.mj.run/b" }))).toBe(
      "https://s.mj.run/a https://s.mj.run/b",
    );
  });

  it("confirms a task still waiting a while after its submit", () => {
    expect(decideDialog(job({ basePrompt: "a lighthouse" }), waiting(), { confirms: 0 }, true, NOW, GRACE)).toEqual({
      kind: "confirm",
      request: { taskId: "", prompt: "a lighthouse", mode: undefined },
    });
  });

  it("waits while New API may still show the old status (within the grace after a submit or a confirmation)", () => {
    expect(decideDialog(job({ basePrompt: "a lighthouse" }, "x", 10_000), waiting(), { confirms: 0 }, true, NOW, GRACE)).toEqual({ kind: "wait" });
    const justConfirmed = { confirms: 1, confirmedAt: new Date(NOW - 5_000).toISOString() };
    expect(decideDialog(job({ basePrompt: "a lighthouse" }), waiting(), justConfirmed, true, NOW, GRACE)).toEqual({ kind: "wait" });
  });

  it("asks the user when there is no prompt anywhere", () => {
    const decision = decideDialog(job({ basePrompt: "" }, ""), waiting(), { confirms: 0 }, true, NOW, GRACE);
    expect(decision).toMatchObject({ kind: "ask", prompt: "" });
  });

  it("asks the user when the vendor refused the adapter's answer, or after the engine confirmed twice", () => {
    expect(decideDialog(job({ basePrompt: "a lighthouse" }), waiting({ inputReason: "prompt不能为空" }), { confirms: 0 }, true, NOW, GRACE)).toMatchObject({
      kind: "ask",
      prompt: "a lighthouse",
    });
    const twice = { confirms: MAX_ENGINE_CONFIRMS, confirmedAt: new Date(NOW - 10 * 60_000).toISOString() };
    expect(decideDialog(job({ basePrompt: "a lighthouse" }), waiting(), twice, true, NOW, GRACE)).toMatchObject({ kind: "ask" });
  });

  it("tells the user when the vendor offers no way to confirm (no prompt form then)", () => {
    expect(decideDialog(job({ basePrompt: "a lighthouse" }), waiting(), { confirms: 0 }, false, NOW, GRACE)).toMatchObject({ kind: "ask", canAnswer: false });
  });

  it("leaves a job alone while the user is asked, and confirms at once when the user answered", () => {
    const asked = { confirms: 2, askUser: { reason: "r", prompt: "", canAnswer: true } };
    expect(decideDialog(job({ basePrompt: "" }), waiting(), asked, true, NOW, GRACE)).toEqual({ kind: "wait" });
    const answered = { confirms: 2, confirmedAt: new Date(NOW - 1000).toISOString(), confirmNow: true };
    expect(decideDialog(job({ prompt: "the user's words", basePrompt: "" }, "x", 1000), waiting(), answered, true, NOW, GRACE)).toMatchObject({
      kind: "confirm",
      request: { prompt: "the user's words" },
    });
  });

  it("confirms a Vary Region task with its mask even without a prompt (the vendor falls back to the parent's)", () => {
    expect(decideDialog(job({ maskKey: "masks/m.png", basePrompt: "" }, ""), waiting(), { confirms: 0 }, true, NOW, GRACE)).toMatchObject({
      kind: "confirm",
      request: { prompt: undefined },
    });
  });
});
