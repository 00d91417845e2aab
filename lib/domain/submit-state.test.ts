import { describe, expect, it } from "vitest";
import { nextSubmitState, requireNextSubmitState, SUBMIT_EVENTS, SUBMIT_STATES, submitTransition, type SubmitEvent, type SubmitState } from "./submit-state";

// Every legal move, written out once more by hand: the table in submit-state.ts must match it.
const LEGAL: [SubmitState, SubmitEvent, SubmitState][] = [
  ["NONE", "claim", "SUBMITTING"],
  ["NONE", "refuse", "REFUSED"],
  ["SUBMITTING", "accept", "ACCEPTED"],
  ["SUBMITTING", "lose", "UNKNOWN"],
  ["SUBMITTING", "refuse", "REFUSED"],
  ["SUBMITTING", "requeue", "NONE"],
  ["SUBMITTING", "giveUp", "REVIEW"],
  ["SUBMITTING", "adopt", "ACCEPTED"],
  ["UNKNOWN", "accept", "ACCEPTED"],
  ["UNKNOWN", "refuse", "REFUSED"],
  ["UNKNOWN", "requeue", "NONE"],
  ["UNKNOWN", "giveUp", "REVIEW"],
  ["UNKNOWN", "adopt", "ACCEPTED"],
  ["REVIEW", "adopt", "ACCEPTED"],
];

describe("submit state machine", () => {
  it.each(LEGAL)("%s --%s--> %s", (from, event, to) => {
    expect(nextSubmitState(from, event)).toBe(to);
    expect(requireNextSubmitState(from, event)).toBe(to);
  });

  it("refuses every other move", () => {
    for (const from of SUBMIT_STATES) {
      for (const event of SUBMIT_EVENTS) {
        if (LEGAL.some(([f, e]) => f === from && e === event)) continue;
        expect(nextSubmitState(from, event), `${event} from ${from}`).toBeNull();
        expect(() => requireNextSubmitState(from, event)).toThrow(/Illegal submit transition/);
      }
    }
  });

  it("keeps ACCEPTED and REFUSED final", () => {
    for (const event of SUBMIT_EVENTS) {
      expect(nextSubmitState("ACCEPTED", event)).toBeNull();
      expect(nextSubmitState("REFUSED", event)).toBeNull();
    }
  });

  it("rejects strings that are no state", () => {
    expect(nextSubmitState("PENDING", "claim")).toBeNull();
  });

  it("exposes each transition's sources for conditional updates", () => {
    expect(submitTransition("claim")).toEqual({ from: ["NONE"], to: "SUBMITTING" });
    expect(submitTransition("adopt").from).toContain("REVIEW");
  });
});
