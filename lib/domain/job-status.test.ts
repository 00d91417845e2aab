import { describe, expect, it } from "vitest";
import { advance } from "./job-status";

describe("job status transitions", () => {
  it("moves forward", () => {
    expect(advance({ status: "SUBMITTED", progress: 0 }, { status: "RUNNING", progress: 40 })).toEqual({ status: "RUNNING", progress: 40 });
  });

  it("treats a duplicate as a no-op", () => {
    expect(advance({ status: "RUNNING", progress: 40 }, { status: "RUNNING", progress: 40 })).toBeNull();
  });

  it("never lowers progress", () => {
    expect(advance({ status: "RUNNING", progress: 60 }, { status: "RUNNING", progress: 20 })).toBeNull();
  });

  it("never moves a status backwards, but keeps newer progress", () => {
    expect(advance({ status: "RUNNING", progress: 20 }, { status: "SUBMITTED", progress: 50 })).toEqual({ status: "RUNNING", progress: 50 });
  });

  it("never changes a finished job", () => {
    for (const status of ["SUCCEEDED", "FAILED", "CANCELLED"] as const) {
      expect(advance({ status, progress: 100 }, { status: "RUNNING", progress: 10 })).toBeNull();
      expect(advance({ status, progress: 100 }, { status: "FAILED", progress: 0 })).toBeNull();
    }
  });

  it("holds progress below 100 until the images are stored", () => {
    expect(advance({ status: "RUNNING", progress: 80 }, { status: "RUNNING", progress: 100 })).toEqual({ status: "RUNNING", progress: 99 });
  });

  it("clamps nonsense progress", () => {
    expect(advance({ status: "RUNNING", progress: 10 }, { status: "RUNNING", progress: -5 })).toBeNull();
    expect(advance({ status: "RUNNING", progress: 10 }, { status: "RUNNING", progress: Number.NaN })).toBeNull();
  });
});
