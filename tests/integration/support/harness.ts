// Shared set-up for engine integration tests: the real SQLite file (test-env.ts), the
// built-in simulator over real HTTP, users in two teams, connections for both protocols.
import fs from "node:fs";
import path from "node:path";
import { db } from "@/lib/db";
import { createConnection } from "@/lib/trusted/connections/create-connection";
import { createUser } from "@/lib/trusted/users/create-user";
import { getSessionUserById, type SessionUser } from "@/lib/data/users/get-session-user";
import { createJobEngine } from "@/lib/jobs/engine-instance";
import type { EngineOptions, JobEngine } from "@/lib/jobs/job-engine";
import { startVendorSimulatorServer, type VendorSimulatorServer, type VendorSimulatorServerOptions } from "@atelier/vendor-simulator";
import { SIM_KEY, TEST_DATA_DIR } from "./test-env";
import { startWebhookReceiver } from "./webhook-receiver";
import { TEST_ACTOR } from "@/lib/testing/test-actor";

export interface Harness {
  sim: VendorSimulatorServer;
  engine: JobEngine;
  alice: SessionUser;
  bob: SessionUser;
  mallory: SessionUser;
  ttapiId: string;
  mjproxyId: string;
  receiverUrl: string;
  control(patch: unknown, path?: string): Promise<unknown>;
  stop(): Promise<void>;
}

let counter = 0;

export async function startHarness(options: {
  webhooks: boolean;
  stepMs?: number;
  sim?: Pick<VendorSimulatorServerOptions, "cdnHost" | "newapi" | "trueai" | "trustedUrlPrefixes">;
  modalGraceMs?: number;
  engine?: Partial<EngineOptions>;
}): Promise<Harness> {
  const tag = `${process.pid}-${++counter}`;
  const simDir = path.join(TEST_DATA_DIR, `sim-${tag}`);
  fs.mkdirSync(simDir, { recursive: true });
  const sim = await startVendorSimulatorServer({
    apiKey: SIM_KEY,
    dir: simDir,
    stepMs: options.stepMs ?? 40,
    knobs: true,
    webhookRetryBaseMs: 50,
    ...options.sim,
  });
  const ref: { engine?: JobEngine } = {};
  const receiver = await startWebhookReceiver(() => ref.engine);
  const make = async (email: string, team: string) => {
    const { id } = await createUser({ email, password: "integration-password", role: "MEMBER", teamName: team });
    return (await getSessionUserById(id, 0))!;
  };
  const alice = await make(`alice-${tag}@int.test`, `Team ${tag}`);
  const bob = await make(`bob-${tag}@int.test`, `Team ${tag}`);
  const mallory = await make(`mallory-${tag}@int.test`, `Other ${tag}`);
  const ttapi = await createConnection(
    {
      name: `Sim TTAPI ${tag}`,
      protocol: "ttapi",
      profile: "generic",
      baseUrl: `${sim.url}/ttapi`,
      apiKey: SIM_KEY,
      concurrency: 10,
      isDefault: true,
    },
    TEST_ACTOR,
  );
  // /sim/mjproxy follows the gateways' documents (Bearer); a self-hosted proxy ("generic") sends the raw key.
  const mjproxy = await createConnection(
    {
      name: `Sim MJ ${tag}`,
      protocol: "mjproxy",
      profile: "newapi",
      baseUrl: `${sim.url}/mjproxy`,
      apiKey: SIM_KEY,
      concurrency: 10,
      isDefault: false,
    },
    TEST_ACTOR,
  );
  await db.vendorConnection.updateMany({ where: { id: { in: [ttapi.id, mjproxy.id] } }, data: { rateLimitPerMin: 100000 } });
  const engine = (ref.engine = createJobEngine({
    pollIntervalMs: 100,
    tickMs: 50,
    publicUrl: options.webhooks ? receiver.url : undefined,
    modalGraceMs: options.modalGraceMs,
    ...options.engine,
  }));
  engine.start();
  return {
    sim,
    engine,
    alice,
    bob,
    mallory,
    ttapiId: ttapi.id,
    mjproxyId: mjproxy.id,
    receiverUrl: receiver.url,
    async control(patch, p = "") {
      const response = await fetch(`${sim.url}/_control${p}`, {
        method: patch === undefined ? "GET" : "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${SIM_KEY}` },
        body: patch === undefined ? undefined : JSON.stringify(patch),
      });
      return response.json();
    },
    async stop() {
      engine.stop();
      await receiver.close();
      await sim.close();
    },
  };
}

/** Waits until the job satisfies the check (reads the real database). */
export async function waitForJob(jobId: string, check: (job: { status: string; progress: number; failureCode: string | null }) => boolean, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const job = await db.job.findUniqueOrThrow({ where: { id: jobId } });
    if (check(job)) return job;
    if (Date.now() > deadline) throw new Error(`job ${jobId} still ${job.status} ${job.progress}% (${job.failureCode ?? ""} ${job.failureReason ?? ""})`);
    await new Promise((r) => setTimeout(r, 40));
  }
}

export const finished = (job: { status: string }) => ["SUCCEEDED", "FAILED", "CANCELLED"].includes(job.status);
