// The simulator on a plain node:http server, for Vitest contract tests and benchmarks that
// need a real HTTP vendor without Next. Requests under /sim are converted to web Requests and
// answered by the same handler the Next route uses.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { createSimulator, type Simulator, type SimulatorOptions } from "./create-simulator";

export interface StandaloneServerOptions extends Omit<SimulatorOptions, "apiKey" | "dir"> {
  /** 0 (default) picks a free port. */
  port?: number;
  host?: string;
  apiKey: string;
  dir: string;
}

export interface StandaloneServer {
  /** e.g. http://127.0.0.1:PORT/sim */
  url: string;
  /** e.g. http://127.0.0.1:PORT */
  origin: string;
  port: number;
  simulator: Simulator;
  close(): Promise<void>;
}

async function toWebRequest(req: http.IncomingMessage, origin: string): Promise<Request> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) value.forEach((v) => headers.append(name, v));
    else if (value !== undefined) headers.set(name, value);
  }
  const hasBody = req.method !== "GET" && req.method !== "HEAD" && chunks.length > 0;
  return new Request(new URL(req.url ?? "/", origin), { method: req.method, headers, body: hasBody ? Buffer.concat(chunks) : undefined });
}

async function sendWebResponse(res: http.ServerResponse, response: Response): Promise<void> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const body = Buffer.from(await response.arrayBuffer());
  res.writeHead(response.status, headers);
  res.end(body);
}

export async function startSimulatorServer(options: StandaloneServerOptions): Promise<StandaloneServer> {
  const { port = 0, host = "127.0.0.1", ...simulatorOptions } = options;
  const simulator = createSimulator(simulatorOptions);
  let origin = "";
  const server = http.createServer((req, res) => {
    void (async () => {
      try {
        const pathname = new URL(req.url ?? "/", origin).pathname;
        if (pathname !== "/sim" && !pathname.startsWith("/sim/")) {
          res.writeHead(404, { "content-type": "application/json" }).end(JSON.stringify({ error: "not found" }));
          return;
        }
        const request = await toWebRequest(req, origin);
        await sendWebResponse(res, await simulator.handle(request, pathname.slice("/sim".length)));
      } catch (error) {
        console.error("[simulator] standalone server", error);
        if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" });
        res.end(JSON.stringify({ error: "internal error" }));
      }
    })();
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  origin = `http://${host.includes(":") ? `[${host}]` : host}:${address.port}`;
  return {
    url: `${origin}/sim`,
    origin,
    port: address.port,
    simulator,
    async close() {
      await simulator.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
