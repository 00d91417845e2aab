import { InfiniteQueryObserver, QueryClient } from "@tanstack/react-query";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { JobDetailDTO, JobSummaryDTO } from "@/lib/dto/jobs";
import { createJobSync } from "./job-sync";
import { jobKeys, jobsQueryOptions } from "./jobs";
import type { JobPages } from "./job-list-cache";

function job(id: string, minute: number, extra: Partial<JobDetailDTO> = {}): JobDetailDTO {
  return {
    id,
    kind: "IMAGINE",
    action: null,
    prompt: id,
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
    actions: [],
    seed: null,
    prompts: [],
    mode: null,
    submittedAt: null,
    startedAt: null,
    connectionProtocol: "ttapi",
    capabilities: { video: true, extendVideo: true },
    animateButtons: [],
    basePrompt: id,
    input: null,
    ancestors: [],
    children: [],
    ...extra,
  };
}

const server = { jobs: new Map<string, JobDetailDTO>(), detailCalls: 0, pageCalls: 0 };
vi.stubGlobal("fetch", async (url: string) => {
  const detail = /^\/api\/jobs\/([^?]+)$/.exec(url);
  if (detail) {
    server.detailCalls++;
    const found = server.jobs.get(detail[1]);
    return new Response(JSON.stringify(found ?? { error: "Not found." }), { status: found ? 200 : 404 });
  }
  server.pageCalls++;
  const items = [...server.jobs.values()].filter((j) => !j.deleted).sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
  return new Response(JSON.stringify({ items, nextCursor: null }));
});
afterEach(() => server.jobs.clear());

const ids = (data: JobPages | undefined) => data?.pages.flatMap((p) => p.items.map((i: JobSummaryDTO) => i.id));

describe("live job sync", () => {
  it("patches a changed job, adds a new one, drops a vanished one — without refetching the list", async () => {
    const filters = { scope: "mine" as const, limit: 18 };
    server.jobs.set("a", job("a", 1));
    server.jobs.set("b", job("b", 2, { status: "RUNNING", progress: 10 }));
    const client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity, retry: false } } });
    const observer = new InfiniteQueryObserver(client, jobsQueryOptions(filters));
    const stop = observer.subscribe(() => {});
    await vi.waitFor(() => expect(ids(client.getQueryData(jobKeys.list(filters)))).toEqual(["b", "a"]));
    const pageCalls = server.pageCalls;
    const sync = createJobSync(client);

    server.jobs.set("b", job("b", 2, { status: "RUNNING", progress: 60 }));
    sync.jobChanged("b");
    await vi.waitFor(() => expect(client.getQueryData<JobPages>(jobKeys.list(filters))?.pages[0].items[0].progress).toBe(60));
    expect(client.getQueryData<JobDetailDTO>(jobKeys.detail("b"))?.progress).toBe(60);
    expect(server.pageCalls).toBe(pageCalls);

    server.jobs.set("c", job("c", 3));
    sync.jobChanged("c");
    await vi.waitFor(() => expect(ids(client.getQueryData(jobKeys.list(filters)))).toEqual(["c", "b", "a"]));

    server.jobs.delete("a");
    sync.jobChanged("a");
    await vi.waitFor(() => expect(ids(client.getQueryData(jobKeys.list(filters)))).toEqual(["c", "b"]));
    stop();
  });

  it("coalesces a burst of events for one job into few fetches", async () => {
    server.jobs.set("x", job("x", 5));
    const client = new QueryClient();
    const sync = createJobSync(client);
    const before = server.detailCalls;
    for (let i = 0; i < 10; i++) sync.jobChanged("x");
    await vi.waitFor(() => expect(client.getQueryData(jobKeys.detail("x"))).toBeDefined());
    await new Promise((r) => setTimeout(r, 20));
    expect(server.detailCalls - before).toBeLessThanOrEqual(2);
  });
});
