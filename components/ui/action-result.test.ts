import { describe, expect, it } from "vitest";
import { ActionRefused, actionErrorMessage, UNREACHABLE_MESSAGE, unwrapActionResult } from "./action-result";

describe("unwrapActionResult", () => {
  it("returns the data of an answer, even when it is undefined", () => {
    expect(unwrapActionResult({ data: { jobId: "j1" } })).toEqual({ jobId: "j1" });
    expect(unwrapActionResult({ data: undefined })).toBeUndefined();
  });

  it("throws the studio's refusal as an ActionRefused with its words", () => {
    expect(() => unwrapActionResult({ error: "You cannot do that." })).toThrow(ActionRefused);
    expect(() => unwrapActionResult({ error: "You cannot do that." })).toThrow("You cannot do that.");
  });
});

describe("actionErrorMessage", () => {
  it("passes the studio's refusal through unchanged", () => {
    expect(actionErrorMessage(new ActionRefused("The mask is empty: paint the area to change."))).toBe("The mask is empty: paint the area to change.");
  });

  it("says 'could not be reached' for anything else: a failed fetch, a thrown value, a bug", () => {
    expect(actionErrorMessage(new TypeError("Failed to fetch"))).toBe(UNREACHABLE_MESSAGE);
    expect(actionErrorMessage("offline")).toBe(UNREACHABLE_MESSAGE);
    expect(actionErrorMessage(new Error("An unexpected response was received from the server."))).toBe(UNREACHABLE_MESSAGE);
    expect(UNREACHABLE_MESSAGE).toBe("The studio could not be reached. Try again.");
  });
});
