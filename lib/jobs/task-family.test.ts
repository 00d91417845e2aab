import { describe, expect, it } from "vitest";
import { JOB_KINDS } from "@/lib/domain/job-kind";
import { taskFamilyOf } from "./task-family";

describe("which family a job's vendor task is fetched as", () => {
  it("fetches video jobs as videos and edit jobs as edits", () => {
    expect(taskFamilyOf("VIDEO")).toBe("video");
    expect(taskFamilyOf("EDIT")).toBe("edit");
  });

  it("fetches every other kind as an image task", () => {
    for (const kind of JOB_KINDS.filter((k) => k !== "VIDEO" && k !== "EDIT")) expect(taskFamilyOf(kind), kind).toBe("image");
  });

  it("treats a kind it does not know as an image task (the vendors' default)", () => {
    expect(taskFamilyOf("SOMETHING_NEW")).toBe("image");
  });
});
