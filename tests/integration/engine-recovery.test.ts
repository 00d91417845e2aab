import "./support/test-env";
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createConnection } from "@/lib/trusted/connections/create-connection";
import { queueImagine } from "@/lib/data/jobs/queue-imagine";
import { createUser } from "@/lib/trusted/users/create-user";
import { getSessionUserById } from "@/lib/data/users/get-session-user";
import { getImageStorage } from "@/lib/storage/get-image-storage";
import { imagineSchema } from "@/lib/schemas/jobs";
import { startVendorSimulatorServer, type VendorSimulatorServer } from "@atelier/vendor-simulator";
import { SIM_KEY, TEST_DATA_DIR } from "./support/test-env";
import { TEST_ACTOR } from "@/lib/testing/test-actor";

const JOBS = 12;
let sim: VendorSimulatorServer;
let worker: ChildProcess | undefined;
let port = 0;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port: p } = server.address() as net.AddressInfo;
      server.close(() => resolve(p));
    });
  });
}

function startWorker(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "tests/integration/support/engine-worker.ts"], {
    env: { ...process.env, WORKER_WEBHOOK_PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (d: Buffer) => process.env.DEBUG_WORKER && process.stdout.write(`[worker ${child.pid}] ${d}`));
  child.stderr!.on("data", (d: Buffer) => process.env.DEBUG_WORKER && process.stdout.write(`[worker ${child.pid}] ${d}`));
  return new Promise((resolve, reject) => {
    child.stdout!.on("data", (d: Buffer) => d.toString().includes("worker ready") && resolve(child));
    child.once("exit", (code) => reject(new Error(`worker exited with ${code}`)));
  });
}

beforeAll(async () => {
  const dir = path.join(TEST_DATA_DIR, "sim-recovery");
  fs.mkdirSync(dir, { recursive: true });
  sim = await startVendorSimulatorServer({ apiKey: SIM_KEY, dir, stepMs: 120, knobs: true, webhookRetryBaseMs: 300, webhookAttempts: 6 });
  port = await freePort();
});

afterAll(async () => {
  worker?.kill("SIGKILL");
  await sim?.close();
});

describe("[ENGINE] recovery", () => {
  it("SIGKILL at random moments, then a restart: no job and no image lost, nothing submitted twice", async () => {
    const { id } = await createUser({ email: "crash@int.test", password: "integration-password", role: "MEMBER", teamName: "Crash team" });
    const user = (await getSessionUserById(id, 0))!;
    const connection = await createConnection(
      {
        name: "Crash sim",
        protocol: "ttapi",
        profile: "generic",
        baseUrl: `${sim.url}/ttapi`,
        apiKey: SIM_KEY,
        concurrency: 10,
        isDefault: true,
      },
      TEST_ACTOR,
    );
    await db.vendorConnection.update({ where: { id: connection.id }, data: { rateLimitPerMin: 100000 } });
    const ids: string[] = [];
    for (let i = 0; i < JOBS; i++)
      ids.push((await queueImagine(user, imagineSchema.parse({ prompt: `survivor ${i} --ar 3:2`, connectionId: connection.id }))).id);

    for (let kill = 0; kill < 5; kill++) {
      worker = await startWorker();
      await new Promise((r) => setTimeout(r, 150 + Math.random() * 600));
      worker.kill("SIGKILL");
      await new Promise((r) => worker!.once("exit", r));
    }
    worker = await startWorker();
    const deadline = Date.now() + 45_000;
    let jobs = await db.job.findMany({ where: { id: { in: ids } } });
    // A job failed "for review" is not final: the vendor's retried callbacks can still prove it
    // was accepted, and then it resumes. Wait out the vendor's retry window for those.
    const submitCounts = async () =>
      (
        (await (await fetch(`${sim.url}/_control/submits`, { headers: { authorization: `Bearer ${SIM_KEY}` } })).json()) as {
          byNotifyId: Record<string, { total: number }>;
        }
      ).byNotifyId;
    let counts = await submitCounts();
    const settled = (j: { status: string; submitState: string; notifyId: string }) =>
      j.status === "SUCCEEDED" || (j.status === "FAILED" && (j.submitState !== "REVIEW" || !counts[j.notifyId]));
    while (!jobs.every(settled) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 200));
      jobs = await db.job.findMany({ where: { id: { in: ids } } });
      counts = await submitCounts();
    }
    worker.kill("SIGKILL");

    let unsent = 0;
    for (const job of jobs) {
      const sent = counts[job.notifyId]?.total ?? 0;
      expect(sent, `submits of ${job.id}`).toBeLessThanOrEqual(1);
      if (sent === 0) {
        // Killed after its claim but before its request left: the vendor never saw it. It is
        // failed "for review" (never resent blindly), so nothing is charged or lost at the vendor.
        expect(job.status).toBe("FAILED");
        expect(job.failureCode, job.failureReason ?? "").toBe("UNCONFIRMED");
        unsent++;
        continue;
      }
      expect(job.status).toBe("SUCCEEDED");
      const images = await db.image.findMany({ where: { jobId: job.id } });
      expect(images).toHaveLength(5);
      for (const image of images) expect((await getImageStorage().stat(image.storageKey))?.size).toBe(image.bytes);
    }
    // Every job the vendor accepted finished with all its images, whatever the kills hit.
    expect(jobs.filter((j) => j.status === "SUCCEEDED").length).toBe(JOBS - unsent);
  }, 120_000);
});
