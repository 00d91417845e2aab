// Opens live-update streams (GET /api/events) and drops each one the way browsers leave: right
// after sending the request, as soon as the answer's headers arrive, or after the first bytes.
import http from "node:http";

function openAndDrop(url: string, cookie: string, way: number): Promise<void> {
  return new Promise((resolve) => {
    const req = http.request(url, { headers: { cookie, accept: "text/event-stream" }, agent: false }, (res) => {
      if (way === 1) {
        req.destroy();
        return resolve();
      }
      res.once("data", () => {
        req.destroy();
        resolve();
      });
      res.on("end", () => resolve());
    });
    req.on("error", () => resolve());
    req.on("close", () => resolve());
    req.end();
    // Gone before any answer: the server may be anywhere in the handler when the socket closes.
    if (way === 0) setTimeout(() => req.destroy(), Math.random() * 5);
  });
}

export async function dropEventStreams(baseUrl: string, cookie: string, count: number, concurrency: number): Promise<void> {
  let next = 0;
  async function worker() {
    while (next < count) {
      const i = next++;
      await openAndDrop(`${baseUrl}/api/events`, cookie, i % 3);
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
}
