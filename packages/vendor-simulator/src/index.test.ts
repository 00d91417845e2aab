// The package's public entry on its own: no Next.js, no studio code, no environment.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createVendorSimulator, startVendorSimulatorServer } from "@atelier/vendor-simulator";

const KEY = "entry-test-key";
const dirs: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "atelier-sim-entry-"));
  dirs.push(dir);
  return dir;
};

afterAll(() => dirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

async function waitForStatus(fetchJob: () => Promise<{ status: string }>, wanted: string[]): Promise<{ status: string }> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const job = await fetchJob();
    if (wanted.includes(job.status) || Date.now() > deadline) return job;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe("@atelier/vendor-simulator", () => {
  it("starts on its own node:http server and runs a TTAPI imagine to SUCCESS with a downloadable grid", async () => {
    const server = await startVendorSimulatorServer({ host: "127.0.0.1", port: 0, apiKey: KEY, dir: tempDir(), stepMs: 20 });
    try {
      const post = async (name: string, body: unknown) => {
        const response = await fetch(`${server.url}/ttapi/midjourney/v1/${name}`, {
          method: "POST",
          headers: { "TT-API-KEY": KEY, "content-type": "application/json" },
          body: JSON.stringify(body),
        });
        return (await response.json()) as { status: string; data: { jobId?: string; images?: string[]; cdnImage?: string } };
      };
      const submitted = await post("imagine", { prompt: "a lighthouse at dusk --ar 3:2" });
      expect(submitted.status).toBe("SUCCESS");
      const jobId = submitted.data.jobId!;
      const job = (await waitForStatus(() => post("fetch", { jobId }), ["SUCCESS", "FAILED"])) as Awaited<ReturnType<typeof post>>;
      expect(job.status).toBe("SUCCESS");
      const image = await fetch(job.data.cdnImage!);
      expect(image.status).toBe(200);
      expect(image.headers.get("content-type")).toMatch(/^image\//);
    } finally {
      await server.close();
    }
  });

  it("answers web Requests through the handler a host mounts under /sim, and refuses a wrong key", async () => {
    const simulator = createVendorSimulator({ apiKey: KEY, dir: tempDir(), stepMs: 20 });
    try {
      const request = (key: string) =>
        new Request("http://vendor.test/sim/mjproxy/mj/submit/imagine", {
          method: "POST",
          headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
          body: JSON.stringify({ prompt: "a red fox" }),
        });
      const refused = await simulator.handle(request("wrong-key"), "/mjproxy/mj/submit/imagine");
      expect(refused.status).toBe(401);
      const accepted = (await (await simulator.handle(request(KEY), "/mjproxy/mj/submit/imagine")).json()) as { code: number; result: string };
      expect(accepted.code).toBe(1);
      const fetchTask = async () =>
        (await (
          await simulator.handle(
            new Request(`http://vendor.test/sim/mjproxy/mj/task/${accepted.result}/fetch`, { headers: { authorization: `Bearer ${KEY}` } }),
            `/mjproxy/mj/task/${accepted.result}/fetch`,
          )
        ).json()) as { status: string };
      expect((await waitForStatus(fetchTask, ["SUCCESS", "FAILURE"])).status).toBe("SUCCESS");
    } finally {
      await simulator.close();
    }
  });

  it("reads no environment and imports no studio code: everything arrives in its options", () => {
    const sources: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (entry.name.endsWith(".ts") && full !== __filename) sources.push(full);
      }
    };
    walk(__dirname);
    const offenders = sources.filter((file) => /process\.env|from "@\/|import\("@\//.test(fs.readFileSync(file, "utf8")));
    expect(offenders).toEqual([]);
  });
});
