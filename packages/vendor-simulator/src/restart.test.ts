// Crash recovery: a simulator process is SIGKILLed mid-task; a new one on the same folder
// reports progress from the stored times, finishes the running and the queued task, and sends
// the webhooks that were still due.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import { afterAll, expect, it } from "vitest";
import { TEST_KEY, download, pngSize, startTestSimulator, startCallbackReceiver, waitFor, type TtapiReply } from "./testing/sim-test-kit";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "atelier-sim-restart-"));
let child: ChildProcess | undefined;

afterAll(() => {
  child?.kill("SIGKILL");
  fs.rmSync(dir, { recursive: true, force: true });
});

async function spawnSimulator(): Promise<string> {
  const script = path.join(__dirname, "testing", "run-standalone-server.ts");
  child = spawn(process.execPath, ["--import", "tsx", script, dir, "150", "1"], {
    cwd: path.resolve(__dirname, ".."),
    stdio: ["ignore", "pipe", "inherit"],
  });
  const lines = readline.createInterface({ input: child.stdout! });
  for await (const line of lines) return (JSON.parse(line) as { url: string }).url;
  throw new Error("the simulator process exited before listening");
}

async function ttapi(base: string, name: string, body: unknown): Promise<TtapiReply> {
  const response = await fetch(`${base}/ttapi/midjourney/v1/${name}`, {
    method: "POST",
    headers: { "TT-API-KEY": TEST_KEY, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return (await response.json()) as TtapiReply;
}

it("finishes tasks and sends their webhooks after the hosting process was killed", async () => {
  const receiver = await startCallbackReceiver();
  try {
    const base = await spawnSimulator();
    const running = (await ttapi(base, "imagine", { prompt: "survivor", hookUrl: receiver.url, notify_id: "r-1" })).data.jobId as string;
    const queued = (await ttapi(base, "imagine", { prompt: "waiting", hookUrl: receiver.url, notify_id: "r-2" })).data.jobId as string;
    const before = await waitFor(async () => {
      const job = await ttapi(base, "fetch", { jobId: running });
      return Number(job.data.progress) >= 20 ? job : undefined;
    });
    expect((await ttapi(base, "fetch", { jobId: queued })).status).toBe("PENDING_QUEUE");
    child!.kill("SIGKILL");
    const killedAt = Date.now();
    await new Promise((resolve) => child!.once("exit", resolve));
    await new Promise((resolve) => setTimeout(resolve, 300));

    const sim = await startTestSimulator({ dir, concurrency: 1 });
    try {
      // No request reaches the new simulator yet: it must resume tasks and webhooks on its own.
      await waitFor(async () => ["r-1", "r-2"].every((id) => receiver.received.some((r) => r.body.data.notify_id === id && r.body.status === "SUCCESS")));
      const progressOf = (notifyId: string) => receiver.received.filter((r) => r.body.data.notify_id === notifyId).map((r) => Number(r.body.data.progress));
      expect(progressOf("r-1")).toEqual([...progressOf("r-1")].sort((a, b) => a - b));
      expect(progressOf("r-1")).toContain(Number(before.data.progress));
      expect(receiver.received.filter((r) => r.body.data.notify_id === "r-2").map((r) => r.body.status)[0]).toBe("PENDING_QUEUE");
      // Progress came from the stored start time: the task was not restarted from zero.
      const stored = (await sim.control(`/tasks/${running}`)).json;
      expect(stored.startedAt).toBeLessThan(killedAt);
      expect(stored.finishedAt - stored.startedAt).toBeLessThan(750 + 1500);
      for (const [jobId, notifyId] of [
        [running, "r-1"],
        [queued, "r-2"],
      ]) {
        const done = (await sim.ttapi("fetch", { jobId })).json;
        expect(done).toMatchObject({ status: "SUCCESS", data: { notify_id: notifyId } });
        expect(await pngSize((await download(done.data.cdnImage.replace(/^http:\/\/[^/]+/, sim.server.origin))).bytes)).toMatchObject({
          width: 1024,
          height: 1024,
        });
      }
    } finally {
      await sim.server.close();
    }
  } finally {
    await receiver.close();
  }
});
