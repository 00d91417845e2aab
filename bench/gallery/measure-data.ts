// Times the gallery's data function (listJobs) on the first page and deep in the cursor chain.
import type { JobListFilters, JobPageDTO } from "../../lib/dto/jobs";
import type { SessionUser } from "../../lib/data/users/get-session-user";
import { ms, timeIt } from "./stats";

type ListJobs = (user: SessionUser, filters: JobListFilters) => Promise<JobPageDTO>;

const FILTERS: JobListFilters = { scope: "team", limit: 60 };
/** Timed calls per figure (BENCH_RUNS, 200; the prompt search gets half). */
const RUNS = Number(process.env.BENCH_RUNS ?? 200);

/** Follows the cursor chain to page `depth` (or the last page) and returns its cursor. */
export async function cursorAt(listJobs: ListJobs, user: SessionUser, depth: number, filters = FILTERS): Promise<{ cursor: string; page: number }> {
  let cursor: string | undefined;
  let page = 0;
  while (page < depth) {
    const result = await listJobs(user, { ...filters, cursor });
    if (!result.nextCursor) break;
    cursor = result.nextCursor;
    page++;
  }
  return { cursor: cursor ?? "", page };
}

export async function measureListJobs(listJobs: ListJobs, user: SessionUser, label: string, depth = 200) {
  const first = await timeIt(() => listJobs(user, FILTERS), RUNS);
  // Page 2 as well as the last: a database whose index cannot give the order reads every row past
  // the cursor, so page 2 is its worst page and the last its best.
  const two = await cursorAt(listJobs, user, 1);
  const second = await timeIt(() => listJobs(user, { ...FILTERS, cursor: two.cursor || undefined }), RUNS);
  const deep = await cursorAt(listJobs, user, depth);
  const deepTimes = await timeIt(() => listJobs(user, { ...FILTERS, cursor: deep.cursor || undefined }), RUNS);
  const search = await timeIt(() => listJobs(user, { ...FILTERS, q: "红狐狸" }), Math.max(1, Math.round(RUNS / 2)), 5);
  console.log(
    `  ${label}: first page p50 ${ms(first.p50)} p95 ${ms(first.p95)} | page 2 p50 ${ms(second.p50)} p95 ${ms(second.p95)} | ` +
      `page ${deep.page + 1} p50 ${ms(deepTimes.p50)} p95 ${ms(deepTimes.p95)} | search "红狐狸" p50 ${ms(search.p50)} p95 ${ms(search.p95)}`,
  );
  return { first, second, deep: deepTimes, deepPage: deep.page + 1, search };
}
