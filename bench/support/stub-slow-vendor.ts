// A TTAPI-protocol vendor that hangs: every call waits `slowMs` before it is answered 503 (or
// until the caller gives up). Stands for one vendor connection that stops answering.
import http from "node:http";
import type { AddressInfo } from "node:net";

export async function startSlowVendor(slowMs: number) {
  let received = 0;
  let open = 0;
  const server = http.createServer((req, res) => {
    received++;
    open++;
    req.resume();
    const timer = setTimeout(() => res.writeHead(503, { "content-type": "application/json" }).end('{"status":"FAILED","message":"busy","data":null}'), slowMs);
    res.on("close", () => {
      clearTimeout(timer);
      open--;
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    received: () => received,
    open: () => open,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
