// Test helper: a real HTTP server on 127.0.0.1 (port 0) whose answers each test scripts, and
// which records every request, so adapters are tested over real sockets, timeouts and resets.
import http from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedRequest {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
  json: () => Record<string, unknown>;
}

// The return value is ignored (handlers may return whatever res.end() returns).
export type ScriptedHandler = (request: RecordedRequest, response: http.ServerResponse) => unknown;

export interface ScriptedServer {
  url: string;
  requests: RecordedRequest[];
  /** Replaces the handler for the next requests. */
  handle: (handler: ScriptedHandler) => void;
  close: () => Promise<void>;
}

export function sendJson(response: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { "Content-Type": "application/json", ...headers });
  response.end(typeof body === "string" ? body : JSON.stringify(body));
}

export async function startScriptedServer(): Promise<ScriptedServer> {
  let handler: ScriptedHandler = (_request, response) => sendJson(response, 500, { message: "no handler" });
  const requests: RecordedRequest[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const recorded: RecordedRequest = { method: req.method ?? "GET", path: req.url ?? "/", headers: req.headers, body, json: () => JSON.parse(body || "{}") };
      requests.push(recorded);
      Promise.resolve(handler(recorded, res)).catch((error) => {
        res.writeHead(500);
        res.end(String(error));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    handle: (next) => {
      handler = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
