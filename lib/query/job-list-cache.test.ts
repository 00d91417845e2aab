import { describe, expect, it } from "vitest";
import type { JobSummaryDTO } from "@/lib/dto/jobs";
import { mergeFirstPage, patchJob, removeJob, stillMatches, type JobPages } from "./job-list-cache";

function job(id: string, minute: number, extra: Partial<JobSummaryDTO> = {}): JobSummaryDTO {
  return {
    id,
    kind: "IMAGINE",
    action: null,
    prompt: `p ${id}`,
    status: "SUCCEEDED",
    progress: 100,
    failureReason: null,
    createdAt: new Date(Date.UTC(2026, 0, 1, 0, minute)).toISOString(),
    finishedAt: null,
    width: null,
    height: null,
    aspectRatio: "1:1",
    visibility: "SHARED",
    parentId: null,
    user: { id: "u", name: "u" },
    connection: { id: "c", name: "c" },
    images: [],
    favorite: false,
    deleted: false,
    queuePosition: null,
    waitingForSlot: false,
    canManage: true,
    tileActions: [],
    ...extra,
  };
}

function pages(...groups: [JobSummaryDTO[], string | null][]): JobPages {
  return { pages: groups.map(([items, nextCursor]) => ({ items, nextCursor })), pageParams: groups.map((_, i) => String(i)) };
}

const ids = (data: JobPages) => data.pages.map((p) => p.items.map((i) => i.id));

describe("job list cache", () => {
  it("replaces a job in place", () => {
    const data = pages([[job("b", 2, { status: "RUNNING" }), job("a", 1)], null]);
    const { data: next, found } = patchJob(data, job("b", 2, { status: "SUCCEEDED" }), {});
    expect(found).toBe(true);
    expect(next.pages[0].items[0].status).toBe("SUCCEEDED");
  });

  it("drops a job that no longer belongs: trashed, unfavourited, finished under a running filter", () => {
    const data = pages([[job("b", 2), job("a", 1)], null]);
    expect(ids(patchJob(data, job("b", 2, { deleted: true }), {}).data)).toEqual([["a"]]);
    expect(stillMatches(job("b", 2, { deleted: true }), { trash: true })).toBe(true);
    expect(stillMatches(job("b", 2), { favorites: true })).toBe(false);
    expect(stillMatches(job("b", 2, { status: "SUCCEEDED" }), { status: "running" })).toBe(false);
    expect(stillMatches(job("b", 2, { status: "QUEUED" }), { status: "running" })).toBe(true);
    expect(stillMatches(job("b", 2, { status: "FAILED" }), { status: "failed" })).toBe(true);
  });

  it("reports a job it does not have", () => {
    expect(patchJob(pages([[job("a", 1)], null]), job("z", 9), {}).found).toBe(false);
  });

  it("merges a fresh first page: new jobs on top, loaded cursors untouched", () => {
    const data = pages([[job("d", 4), job("c", 3)], "cur1"], [[job("b", 2), job("a", 1)], null]);
    const merged = mergeFirstPage(data, { items: [job("f", 6), job("e", 5), job("d", 4, { favorite: true })], nextCursor: "x" });
    expect(ids(merged)).toEqual([
      ["f", "e", "d", "c"],
      ["b", "a"],
    ]);
    expect(merged.pages[0].nextCursor).toBe("cur1");
    expect(merged.pages[0].items[2].favorite).toBe(true);
  });

  it("puts a job into an empty, complete list", () => {
    expect(ids(mergeFirstPage(pages([[], null]), { items: [job("a", 1)], nextCursor: null }))).toEqual([["a"]]);
  });

  it("inserts an older job where the order puts it, and leaves unloaded ranges alone", () => {
    const data = pages([[job("d", 4), job("b", 2)], "cur"]);
    expect(ids(mergeFirstPage(data, { items: [job("c", 3)], nextCursor: null }))).toEqual([["d", "c", "b"]]);
    expect(ids(mergeFirstPage(data, { items: [job("a", 1)], nextCursor: null }))).toEqual([["d", "b"]]);
  });

  it("removes a job from every page", () => {
    expect(ids(removeJob(pages([[job("b", 2)], "x"], [[job("a", 1)], null]), "a"))).toEqual([["b"], []]);
  });
});
