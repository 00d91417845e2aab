// A minimal TTAPI-protocol vendor for benchmarks: answers /midjourney/v1/fetch with task
// states the benchmark controls, so timings measure the studio and not image generation.
import http from "node:http";
import type { AddressInfo } from "node:net";

export interface StubTask {
  progress: number;
}

export async function startStubTtapiVendor(apiKey: string) {
  const tasks = new Map<string, StubTask>();
  let fetches = 0;
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      if (req.headers["tt-api-key"] !== apiKey) {
        res.writeHead(401, { "content-type": "application/json" }).end(JSON.stringify({ status: "FAILED", message: "invalid api key", data: null }));
        return;
      }
      if (req.url?.endsWith("/midjourney/v1/fetch")) {
        fetches++;
        const { jobId } = JSON.parse(body || "{}") as { jobId?: string };
        const task = jobId ? tasks.get(jobId) : undefined;
        if (!task) {
          res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ status: "FAILED", message: "job not found", data: null }));
          return;
        }
        res
          .writeHead(200, { "content-type": "application/json" })
          .end(
            JSON.stringify({ status: "ON_QUEUE", jobId, message: "", data: { jobId, actions: "imagine", progress: String(task.progress), prompt: "bench" } }),
          );
        return;
      }
      if (req.url?.endsWith("/midjourney/status")) {
        res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ status: "SUCCESS", message: "success", data: {} }));
        return;
      }
      res.writeHead(404).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return { url: `http://127.0.0.1:${port}`, tasks, fetchCount: () => fetches, close: () => new Promise<void>((r) => server.close(() => r())) };
}
