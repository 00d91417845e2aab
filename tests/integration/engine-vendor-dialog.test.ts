// The engine with a remix-mode trueai-org/midjourney-proxy account (its literal answers, from a
// scripted server): V1 waits in MODAL until /mj/submit/modal arrives, and a job must never sit
// there without a way forward.
import "./support/test-env";
import sharp from "sharp";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createConnection } from "@/lib/trusted/connections/create-connection";
import { answerJobInput } from "@/lib/data/jobs/answer-job-input";
import { getJobDetail } from "@/lib/data/jobs/get-job-detail";
import { createUser } from "@/lib/trusted/users/create-user";
import { getSessionUserById, type SessionUser } from "@/lib/data/users/get-session-user";
import { createJobEngine } from "@/lib/jobs/engine-instance";
import type { JobEngine } from "@/lib/jobs/job-engine";
import { sendJson, startScriptedServer, type ScriptedServer } from "@/lib/vendors/testing/start-scripted-server";
import { finished, waitForJob } from "./support/harness";
import { act, imagine } from "./support/queue";
import { TEST_ACTOR } from "@/lib/testing/test-actor";

const KEY = "trueai-user-token-dialog-01";
const HASH = "0b7e2c4e-6f1d-4c83-9a3e-5ad7e1c2b001";
let server: ScriptedServer;
let engine: JobEngine;
let alice: SessionUser;
let connectionId: string;
let grid: Buffer;

type ModalAnswer = "ok" | "drop" | "refuse";
const vendor = {
  tasks: new Map<string, Record<string, unknown>>(),
  modal: [] as ModalAnswer[],
  modalBodies: [] as Record<string, unknown>[],
  next: 1732012345670000,
};

/** A task as trueai serialises TaskInfo. */
function task(id: string, action: string, status: string, prompt: string): Record<string, unknown> {
  const done = status === "SUCCESS";
  return {
    id,
    action,
    status,
    prompt,
    promptEn: prompt,
    description: "Submit success",
    progress: done ? "100%" : "0%",
    imageUrl: done ? `${server.url}/attachments/${id}.png` : null,
    failReason: null,
    buttons: done
      ? [1, 2].flatMap((i) => [
          { customId: `MJ::JOB::upsample::${i}::${HASH}`, label: `U${i}`, emoji: "", style: 2, type: 2 },
          { customId: `MJ::JOB::variation::${i}::${HASH}`, label: `V${i}`, emoji: "", style: 2, type: 2 },
        ])
      : [],
    properties: { finalPrompt: prompt, ...(status === "MODAL" ? { remix: true } : {}) },
  };
}

beforeAll(async () => {
  grid = await sharp({ create: { width: 64, height: 64, channels: 3, background: { r: 90, g: 120, b: 200 } } })
    .png()
    .toBuffer();
  server = await startScriptedServer();
  server.handle((req, res) => {
    if (req.headers.authorization !== KEY) return res.writeHead(401, { "Content-Type": "text/plain" }).end("Authorization header missing.");
    if (req.path.startsWith("/attachments/")) return res.writeHead(200, { "Content-Type": "image/png" }).end(grid);
    const fetchId = /^\/mj\/task\/([^/]+)\/fetch$/.exec(req.path)?.[1];
    if (fetchId) return vendor.tasks.has(fetchId) ? sendJson(res, 200, vendor.tasks.get(fetchId)) : res.writeHead(204).end();
    const id = String(vendor.next++);
    if (req.path === "/mj/submit/imagine") {
      vendor.tasks.set(id, task(id, "IMAGINE", "SUCCESS", String(req.json().prompt)));
      return sendJson(res, 200, { code: 1, description: "Submit success", result: id, properties: { discordInstanceId: "1" } });
    }
    if (req.path === "/mj/submit/action") {
      // TaskService.cs:1998-2008: a remix-mode account parks the variation in MODAL.
      const parent = vendor.tasks.get(String(req.json().taskId));
      vendor.tasks.set(id, task(id, "VARIATION", "MODAL", String(parent?.prompt ?? "")));
      return sendJson(res, 200, {
        code: 21,
        description: "Waiting for window confirm",
        result: id,
        properties: { finalPrompt: parent?.prompt ?? "", remix: true },
      });
    }
    if (req.path === "/mj/submit/modal") {
      const body = req.json();
      vendor.modalBodies.push(body);
      const answer = vendor.modal.shift() ?? "ok";
      if (answer === "drop") return res.socket?.destroy();
      if (answer === "refuse") return sendJson(res, 200, { code: 4, description: "prompt不能为空", result: null });
      const waiting = vendor.tasks.get(String(body.taskId))!;
      vendor.tasks.set(String(body.taskId), task(String(body.taskId), "VARIATION", "SUCCESS", String(body.prompt)));
      return sendJson(res, 200, { code: 1, description: "Submit success", result: waiting.id });
    }
    sendJson(res, 404, {});
  });
  const { id } = await createUser({ email: "dialog-alice@int.test", password: "integration-password", role: "MEMBER", teamName: "Dialog team" });
  alice = (await getSessionUserById(id, 0))!;
  const connection = await createConnection(
    {
      name: "Remix trueai",
      protocol: "mjproxy",
      profile: "generic",
      baseUrl: server.url,
      apiKey: KEY,
      concurrency: 5,
      isDefault: true,
    },
    TEST_ACTOR,
  );
  connectionId = connection.id;
  await db.vendorConnection.update({ where: { id: connectionId }, data: { rateLimitPerMin: 100000 } });
  engine = createJobEngine({ pollIntervalMs: 100, tickMs: 50, modalGraceMs: 300 });
  engine.start();
});
afterAll(async () => {
  engine?.stop();
  await server?.close();
});
beforeEach(() => {
  vendor.modal.length = 0;
  vendor.modalBodies.length = 0;
});

async function finishedGrid(prompt: string): Promise<string> {
  const jobId = await imagine(engine, alice, prompt, { connectionId });
  expect((await waitForJob(jobId, finished)).status).toBe("SUCCEEDED");
  return jobId;
}

describe("[TRUEAI remix] the engine and a task waiting in MODAL", () => {
  it("V1 is confirmed with the job's prompt and its images are stored", async () => {
    const parent = await finishedGrid("a lighthouse at dusk");
    const child = await act(engine, alice, parent, "variation:1");
    const job = await waitForJob(child, finished);
    expect(job.status).toBe("SUCCEEDED");
    expect(vendor.modalBodies).toEqual([{ taskId: expect.any(String), prompt: "a lighthouse at dusk" }]);
    expect(await db.image.count({ where: { jobId: child } })).toBe(5);
  });

  it("confirms a task it finds still waiting (the modal's answer was lost)", async () => {
    const parent = await finishedGrid("a harbour at dawn");
    vendor.modal.push("drop");
    const child = await act(engine, alice, parent, "variation:2");
    const job = await waitForJob(child, finished);
    expect(job.status).toBe("SUCCEEDED");
    expect(vendor.modalBodies.map((b) => b.prompt)).toEqual(["a harbour at dawn", "a harbour at dawn"]);
  });

  it("asks the user when the vendor refuses the prompt, and goes on with the user's words", async () => {
    const parent = await finishedGrid("a quiet forest");
    vendor.modal.push("refuse");
    const child = await act(engine, alice, parent, "variation:1");
    await waitForJob(child, (j) => j.status === "NEEDS_INPUT");
    const asked = async () => (await getJobDetail(alice, child)).input;
    await expect.poll(asked, { timeout: 10_000 }).toMatchObject({ prompt: "a quiet forest", canAnswer: true });
    // The job stays put (no second confirmation) until the user answers.
    await new Promise((r) => setTimeout(r, 800));
    expect(vendor.modalBodies).toHaveLength(1);
    await answerJobInput(alice, { jobId: child, prompt: "a quiet forest in the fog" });
    await engine.refreshJob(child);
    const job = await waitForJob(child, finished);
    expect(job.status).toBe("SUCCEEDED");
    expect(vendor.modalBodies.at(-1)).toEqual({ taskId: expect.any(String), prompt: "a quiet forest in the fog" });
  });

  it("only the job's creator or an admin may answer for it", async () => {
    const { id } = await createUser({ email: "dialog-bob@int.test", password: "integration-password", role: "MEMBER", teamName: "Dialog team 2" });
    const bob = (await getSessionUserById(id, 0))!;
    const parent = await finishedGrid("a cold river");
    vendor.modal.push("refuse");
    const child = await act(engine, alice, parent, "variation:1");
    await waitForJob(child, (j) => j.status === "NEEDS_INPUT");
    await expect(answerJobInput(bob, { jobId: child, prompt: "x" })).rejects.toMatchObject({ code: expect.stringMatching(/NOT_FOUND|FORBIDDEN/) });
  });
});
