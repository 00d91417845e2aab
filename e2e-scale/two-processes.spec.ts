// [SCALE] Issue 13: two studio processes on one PostgreSQL and one S3 bucket, behind nothing but
// their own ports, as replicas behind a load balancer would be. 200 jobs are submitted through
// both processes' composers; one process is SIGKILLed mid-run and started again. Every job must
// end exactly once with its images in the bucket, the vendor must have seen one submit per job
// and never more jobs at once than the connection allows, and a browser on process A must have
// received, live, the events of the jobs process B finished.
import { ListObjectsV2Command, S3Client } from "@aws-sdk/client-s3";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { signIn } from "../e2e/support/sign-in";
import { addScaleVendor, CLUSTER_ADMIN, startScaleCluster } from "./support/scale-cluster";

const JOBS = Number(process.env.SCALE_JOBS ?? 200);
// Tight enough, with the vendor's 1-second tasks and ingest after them, that jobs wait for a slot while both composers submit.
const LIMIT = 2;

test.setTimeout(45 * 60_000);

async function signedInPage(browser: Browser, baseURL: string): Promise<Page> {
  const page = await (await browser.newContext({ baseURL })).newPage();
  await signIn(page, CLUSTER_ADMIN);
  return page;
}

async function submit(page: Page, prompt: string): Promise<void> {
  const box = page.getByRole("textbox", { name: "Prompt", exact: true });
  await box.fill(prompt);
  await page.getByRole("button", { name: "Generate" }).click();
  // Two end-to-end suites run beside this test on two cores: a feed card can take a while to show.
  await expect(page.getByRole("article").filter({ has: page.getByRole("heading", { name: prompt }) })).toBeVisible({ timeout: 120_000 });
}

/** The most intervals open at one time. */
function maxOverlap(intervals: [number, number][]): number {
  const edges = intervals.flatMap(([start, end]) => [[start, 1] as const, [end, -1] as const]).sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  let open = 0;
  let most = 0;
  for (const [, change] of edges) most = Math.max(most, (open += change));
  return most;
}

async function bucketKeys(env: Record<string, string>): Promise<Set<string>> {
  const client = new S3Client({
    endpoint: env.S3_ENDPOINT,
    region: env.AWS_REGION,
    forcePathStyle: true,
    credentials: { accessKeyId: env.AWS_ACCESS_KEY_ID, secretAccessKey: env.AWS_SECRET_ACCESS_KEY },
  });
  const keys = new Set<string>();
  let token: string | undefined;
  do {
    const page = await client.send(new ListObjectsV2Command({ Bucket: "atelier-scale", ContinuationToken: token }));
    for (const object of page.Contents ?? []) keys.add(object.Key!);
    token = page.NextContinuationToken;
  } while (token);
  client.destroy();
  return keys;
}

test("[SCALE] two processes, one database, one bucket: 200 jobs, one process killed mid-run", async ({ browser }) => {
  const cluster = await startScaleCluster({ name: "scale2p", vendorStepMs: 250, vendorConcurrency: 10 });
  try {
    const [a, b] = await Promise.all([cluster.startStudio("a", 3261), cluster.startStudio("b", 3262)]);
    // Started together: one migrated, the other waited for it and found nothing to do.
    expect([a, b].filter((studio) => /applied \d+ PostgreSQL migration/.test(studio.log()))).toHaveLength(1);
    await addScaleVendor(cluster, { concurrency: LIMIT, rateLimitPerMin: 6000 });

    const pageA = await signedInPage(browser, a.url);
    let pageB = await signedInPage(browser, b.url);
    // A browser on process A collects every live event its stream delivers.
    await pageA.evaluate(() => {
      const events: { id: number; jobId: string }[] = [];
      (window as unknown as { jobEvents: typeof events }).jobEvents = events;
      new EventSource("/api/events").addEventListener("job", (event) => {
        const data = JSON.parse((event as MessageEvent<string>).data) as { jobId: string; eventId: number };
        events.push({ id: data.eventId, jobId: data.jobId });
      });
    });

    const run = Date.now().toString(36);
    const prompt = (i: number) => `scale ${run} job ${i}`;
    const half = JOBS / 2;
    const started = Date.now();
    await Promise.all([
      (async () => {
        for (let i = 0; i < half; i++) await submit(pageA, prompt(2 * i));
      })(),
      (async () => {
        for (let i = 0; i < half; i++) {
          if (i === Math.floor(half / 2)) {
            // Mid-run, with B's submits, polls and ingests under way: the process dies on the spot.
            await b.kill();
            await b.restart();
            pageB = await signedInPage(browser, b.url);
          }
          await submit(pageB, prompt(2 * i + 1));
        }
      })(),
    ]);

    const ours = `scale ${run} job %`;
    await expect
      .poll(async () => (await cluster.query<{ n: string }>(`SELECT count(*) AS n FROM "Job" WHERE "prompt" LIKE $1 AND "finishedAt" IS NULL`, [ours]))[0].n, {
        timeout: 15 * 60_000,
        intervals: [2000],
      })
      .toBe("0");
    const minutes = (Date.now() - started) / 60_000;
    const jobs = await cluster.query<{ id: string; status: string; prompt: string }>(`SELECT "id", "status", "prompt" FROM "Job" WHERE "prompt" LIKE $1`, [
      ours,
    ]);
    console.log(`[SCALE] ${jobs.length} jobs through two processes in ${minutes.toFixed(1)} min (${(jobs.length / minutes).toFixed(0)} jobs/min)`);

    // Every job ended, successfully, exactly once: one "succeeded" line in all the logs together.
    expect(jobs).toHaveLength(JOBS);
    expect(jobs.filter((job) => job.status !== "SUCCEEDED")).toEqual([]);
    const logs = a.log() + b.log();
    const finishedBy = (log: string) => new Set([...log.matchAll(/\[engine\] (\S+) succeeded/g)].map((m) => m[1]));
    for (const job of jobs) expect(logs.split(`[engine] ${job.id} succeeded`).length - 1, job.id).toBe(1);

    // Its images, each once, all in the bucket.
    const images = await cluster.query<{ jobId: string; kind: string; index: number; storageKey: string; thumbKey: string | null }>(
      `SELECT i."jobId", i."kind", i."index", i."storageKey", i."thumbKey" FROM "Image" i JOIN "Job" j ON j."id" = i."jobId" WHERE j."prompt" LIKE $1`,
      [ours],
    );
    const perJob = new Map<string, string[]>();
    for (const image of images) perJob.set(image.jobId, [...(perJob.get(image.jobId) ?? []), `${image.kind}:${image.index}`]);
    const shape = [...perJob.values()][0].sort().join(",");
    expect(perJob.size).toBe(JOBS);
    for (const [jobId, slots] of perJob) expect(slots.sort().join(","), jobId).toBe(shape);
    const keys = await bucketKeys(cluster.env);
    const missing = images.flatMap((image) => [image.storageKey, image.thumbKey]).filter((key): key is string => !!key && !keys.has(key));
    expect(missing).toEqual([]);

    // The vendor saw one submit per job, and never more than the connection's limit at once.
    const tasks = cluster.vendorTasks().filter((task) => task.prompt.includes(`scale ${run} job `));
    const perPrompt = new Map<string, number>();
    for (const task of tasks) perPrompt.set(task.prompt, (perPrompt.get(task.prompt) ?? 0) + 1);
    expect([...perPrompt.values()].filter((n) => n > 1)).toEqual([]);
    expect(tasks).toHaveLength(JOBS);
    const overlap = maxOverlap(tasks.map((task) => [task.submitted_at, task.finished_at ?? Date.now()]));
    console.log(`[SCALE] most tasks at the vendor at once: ${overlap} (limit ${LIMIT})`);
    // Reached (the check means something), never exceeded.
    expect(overlap).toBe(LIMIT);

    // The browser on A received, live, the final event of every job B finished.
    const byB = [...finishedBy(b.log())].filter((id) => jobs.some((job) => job.id === id));
    console.log(`[SCALE] process B finished ${byB.length} of the jobs, process A ${finishedBy(a.log()).size}`);
    expect(byB.length).toBeGreaterThan(0);
    const finalEvents = await cluster.query<{ jobId: string; id: number }>(
      `SELECT "jobId", max("id") AS id FROM "JobEvent" WHERE "jobId" = ANY($1) GROUP BY "jobId"`,
      [byB],
    );
    await expect
      .poll(async () => {
        const seen = new Set((await pageA.evaluate(() => (window as unknown as { jobEvents: { id: number }[] }).jobEvents)).map((event) => event.id));
        return finalEvents.filter((event) => !seen.has(Number(event.id))).map((event) => event.jobId);
      })
      .toEqual([]);
  } finally {
    await cluster.close();
  }
});
