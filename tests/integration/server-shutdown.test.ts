// SIGTERM (docker stop, systemd, Ctrl-C through npm start) stops the engine and lets its
// in-flight work finish before the process exits 0: a submit on its way to the vendor is not
// cut off mid-flight (which would leave its outcome unknown), and the job resumes at the next start.
import "./support/test-env";
import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { TEST_ACTOR } from "@/lib/testing/test-actor";
import { createConnection } from "@/lib/trusted/connections/create-connection";
import { queueImagine } from "@/lib/data/jobs/queue-imagine";
import { createUser } from "@/lib/trusted/users/create-user";
import { getSessionUserById } from "@/lib/data/users/get-session-user";
import { imagineSchema } from "@/lib/schemas/jobs";
import { waitForJob } from "./support/harness";
import { startStubMjproxyVendor, type StubMjproxyVendor } from "./support/stub-mjproxy-vendor";
import { SIM_KEY } from "./support/test-env";

let vendor: StubMjproxyVendor;
let worker: ChildProcess | undefined;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** The server process, once it listens; its output is collected in `log`. */
async function startServer(log: string[]): Promise<ChildProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "tests/integration/support/server-worker.ts"], {
    env: { ...process.env, WORKER_PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (d: Buffer) => log.push(d.toString()));
  child.stderr!.on("data", (d: Buffer) => log.push(d.toString()));
  return new Promise((resolve, reject) => {
    child.stdout!.on("data", () => log.join("").includes("[atelier] ready on") && resolve(child));
    child.once("exit", (code) => reject(new Error(`server exited with ${code}: ${log.join("")}`)));
  });
}

beforeAll(async () => {
  vendor = await startStubMjproxyVendor(SIM_KEY);
});
afterAll(async () => {
  worker?.kill("SIGKILL");
  await vendor?.close();
});

describe("[#12.4] SIGTERM drains the job engine", () => {
  it("[#12.4] SIGTERM during a submit: the submit finishes, the process exits 0, and the job resumes after the restart", async () => {
    const { id } = await createUser({ email: "shutdown@int.test", password: "integration-password", role: "MEMBER", teamName: "Shutdown team" });
    const user = (await getSessionUserById(id, 0))!;
    const connection = await createConnection(
      {
        name: "Slow stub",
        protocol: "mjproxy",
        profile: "generic",
        baseUrl: vendor.url,
        apiKey: SIM_KEY,
        concurrency: 10,
      },
      TEST_ACTOR,
    );
    await db.vendorConnection.update({ where: { id: connection.id }, data: { rateLimitPerMin: 100_000 } });
    vendor.set({ submitDelayMs: 1_500, runMs: 300 });

    const log: string[] = [];
    worker = await startServer(log);
    const job = await queueImagine(user, imagineSchema.parse({ prompt: "a lighthouse at dusk", connectionId: connection.id }));
    await waitForJob(job.id, () => vendor.submitCount() > 0, 15_000).catch((error) => {
      throw new Error(`${error}\n${log.join("")}`);
    });
    const exited = new Promise<number | null>((resolve) => worker!.once("exit", (code) => resolve(code)));
    worker.kill("SIGTERM");
    expect(await exited).toBe(0);

    const row = await db.job.findUniqueOrThrow({ where: { id: job.id } });
    // The submit was answered before the process ended: the job is the vendor's accepted task.
    expect(row.submitState).toBe("ACCEPTED");
    expect(row.vendorTaskId).not.toBeNull();
    expect(row.status).not.toBe("FAILED");
    expect(log.join("")).toContain("[atelier] job engine stopped; nothing in flight");

    worker = await startServer([]);
    expect((await waitForJob(job.id, (j) => j.status === "SUCCEEDED", 30_000)).status).toBe("SUCCEEDED");
    expect(vendor.submitCount()).toBe(1);
  }, 120_000);
});
