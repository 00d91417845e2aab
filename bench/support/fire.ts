// Sends requests with a fixed number in flight and records each one's latency.
import { percentile } from "./stats";

export interface FireResult {
  count: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p99: number;
  failures: number;
}

export async function fire(requests: { url: string; body: string }[], concurrency: number): Promise<FireResult> {
  const latencies: number[] = [];
  let failures = 0;
  let next = 0;
  const started = performance.now();
  async function worker() {
    while (next < requests.length) {
      const request = requests[next++];
      const t0 = performance.now();
      const response = await fetch(request.url, { method: "POST", headers: { "content-type": "application/json" }, body: request.body });
      await response.arrayBuffer();
      latencies.push(performance.now() - t0);
      if (!response.ok) failures++;
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  return { count: requests.length, seconds, perSecond: requests.length / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99), failures };
}
