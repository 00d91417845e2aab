// `next dev` serves vendor callbacks through the Next.js route; the production entry answers them
// on its fast path before Next.js. Both go through acceptWebhook: for the same callback they must
// give the same answer and wake the engine alike.
import "./support/test-env";
import { createHash, randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as webhookRoute } from "@/app/api/webhooks/[token]/route";
import { db } from "@/lib/db";
import { createTestJob, createTestTeam, createTestUser } from "@/lib/data/images/test-fixtures";
import type { JobEngine } from "@/lib/jobs/job-engine";
import { services } from "@/lib/server/services";
import { startWebhookReceiver } from "./support/webhook-receiver";

let owner: { teamId: string; userId: string };
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
const woken: string[] = [];

beforeAll(async () => {
  const team = await createTestTeam();
  owner = { teamId: team.id, userId: (await createTestUser(team.id)).id };
  // Both paths wake this process's engine (the receiver, like the entry, takes it from the services).
  services().engine = { onWebhook: (jobId: string) => woken.push(jobId) } as unknown as JobEngine;
  receiver = await startWebhookReceiver(() => services().engine);
});
afterAll(async () => {
  services().engine = undefined;
  await receiver?.close();
  await db.$disconnect();
});

async function jobWithToken(data: { status: string; finishedAt?: Date | null; webhookCallbacks?: number }) {
  const token = randomBytes(24).toString("base64url");
  const { id } = await createTestJob(owner);
  await db.job.update({ where: { id }, data: { ...data, webhookTokenHash: createHash("sha256").update(token).digest("hex") } });
  return { id, token };
}

interface Answer {
  status: number;
  body: unknown;
  retryAfter: string | null;
  cacheControl: string | null;
}

async function read(response: Response): Promise<Answer> {
  return {
    status: response.status,
    body: await response.json(),
    retryAfter: response.headers.get("retry-after"),
    cacheControl: response.headers.get("cache-control"),
  };
}

const viaRoute = async (token: string, body: string) =>
  read(await webhookRoute(new Request(`http://x/api/webhooks/${token}`, { method: "POST", body }), { params: Promise.resolve({ token }) }));
const viaFastPath = async (token: string, body: string) => read(await fetch(`${receiver.url}/api/webhooks/${token}`, { method: "POST", body }));

describe("[#12.4] one webhook path", () => {
  it("[#12.4] the Next.js route and the production fast path answer every outcome alike, and wake the engine for stored callbacks only", async () => {
    const live = await jobWithToken({ status: "RUNNING" });
    const ended = await jobWithToken({ status: "CANCELLED", finishedAt: new Date(Date.now() - 60 * 60_000) });
    const full = await jobWithToken({ status: "RUNNING", webhookCallbacks: 200 });
    const cases: [string, string, string][] = [
      ["stored", live.token, '{"status":"IN_PROGRESS"}'],
      ["ended", ended.token, "{}"],
      ["full", full.token, "{}"],
      ["unknown", "not-a-token-of-any-job-0000", "{}"],
      ["malformed token", "short", "{}"],
      ["too large", live.token, "x".repeat(256 * 1024 + 1)],
    ];
    for (const [name, token, body] of cases) {
      const route = await viaRoute(token, body);
      const fast = await viaFastPath(token, body);
      expect({ name, ...fast }).toEqual({ name, ...route });
    }
    expect((await viaRoute(live.token, "{}")).status).toBe(200);
    expect((await viaRoute(ended.token, "{}")).status).toBe(410);
    expect((await viaRoute(full.token, "{}")).status).toBe(429);
    // The stored callback, once per path, plus the one above.
    expect(woken).toEqual([live.id, live.id, live.id]);
    expect(await db.webhookEvent.count({ where: { jobId: live.id } })).toBe(3);
  });
});
