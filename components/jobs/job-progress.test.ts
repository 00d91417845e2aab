import { describe, expect, it } from "vitest";
import { progressLabel } from "./job-progress";

describe("progress in words", () => {
  it("says where a queued job stands", () => {
    expect(progressLabel({ status: "QUEUED", progress: 0, queuePosition: 3, waitingForSlot: false })).toBe("Queued · #3 in line");
    expect(progressLabel({ status: "QUEUED", progress: 0, queuePosition: 1, waitingForSlot: true })).toBe("Waiting for a slot · #1 in line");
    expect(progressLabel({ status: "QUEUED", progress: 0, queuePosition: null, waitingForSlot: false })).toBe("Queued");
  });

  it("shows a running job's percentage", () => {
    expect(progressLabel({ status: "RUNNING", progress: 42, queuePosition: null, waitingForSlot: false })).toBe("42%");
    expect(progressLabel({ status: "SUBMITTED", progress: 0, queuePosition: null, waitingForSlot: false })).toBe("Starting…");
  });
});
