// The simulator on a plain node:http server, for Vitest contract tests and benchmarks that
// need a real HTTP vendor without Next. Requests under /sim are converted to web Requests and
// answered by the same handler the Next route uses.
//
// `cdnHost` (e.g. "127.0.0.2") starts a second listener on that loopback address and the same
// port that serves only /sim/files/...: a CDN host that is not the API host, which the trueai
// mount's image links then point at (its trueai.cdnOrigin defaults to it). The Next route
// needs no such thing: the studio's server listens on every address, so
// http://127.0.0.2:PORT/sim/files/... reaches the same /sim route; set trueai.cdnOrigin
// (SIMULATOR_TRUEAI_CDN_ORIGIN for the built-in simulator) to that origin.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { createVendorSimulator, type VendorSimulator, type VendorSimulatorOptions } from "./create-simulator";

export interface VendorSimulatorServerOptions extends Omit<VendorSimulatorOptions, "apiKey" | "dir"> {
  /** 0 (default) picks a free port. */
  port?: number;
  host?: string;
  /** A second loopback address serving the files, as the trueai mount's CDN host. */
  cdnHost?: string;
  apiKey: string;
  dir: string;
}

export interface VendorSimulatorServer {
  /** e.g. http://127.0.0.1:PORT/sim */
  url: string;
  /** e.g. http://127.0.0.1:PORT */
  origin: string;
  /** e.g. http://127.0.0.2:PORT when cdnHost is set */
  cdnOrigin: string | null;
  port: number;
  simulator: VendorSimulator;
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

const originOf = (host: string, port: number) => `http://${host.includes(":") ? `[${host}]` : host}:${port}`;

function createListener(getSimulator: () => VendorSimulator | null, getOrigin: () => string, filesOnly: boolean): http.Server {
  const server = http.createServer((req, res) => {
    void (async () => {
      try {
        const origin = getOrigin();
        const pathname = new URL(req.url ?? "/", origin).pathname;
        const served = filesOnly ? pathname.startsWith("/sim/files/") : pathname === "/sim" || pathname.startsWith("/sim/");
        const simulator = getSimulator();
        if (!served || !simulator) {
          res.writeHead(served ? 503 : 404, { "content-type": "application/json" }).end(JSON.stringify({ error: served ? "starting" : "not found" }));
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
  // Clients drop idle keep-alive sockets first (undici after 4 s): a server closing them at the
  // same moment a busy test reuses one shows up as a random ECONNRESET.
  server.keepAliveTimeout = 60_000;
  return server;
}

function listen(server: http.Server, port: number, host: string): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
  });
}

function closeServer(server: http.Server): Promise<void> {
  server.closeAllConnections();
  return new Promise<void>((resolve) => server.close(() => resolve()));
}

export async function startVendorSimulatorServer(options: VendorSimulatorServerOptions): Promise<VendorSimulatorServer> {
  const { port = 0, host = "127.0.0.1", cdnHost, ...simulatorOptions } = options;
  let simulator: VendorSimulator | null = null;
  let origin = "";
  let cdnOrigin: string | null = null;
  const server = createListener(
    () => simulator,
    () => origin,
    false,
  );
  const actualPort = await listen(server, port, host);
  origin = originOf(host, actualPort);
  let cdnServer: http.Server | null = null;
  if (cdnHost) {
    cdnServer = createListener(
      () => simulator,
      () => cdnOrigin ?? origin,
      true,
    );
    try {
      await listen(cdnServer, actualPort, cdnHost);
    } catch (error) {
      await closeServer(server);
      throw error;
    }
    cdnOrigin = originOf(cdnHost, actualPort);
  }
  const trueai = { ...simulatorOptions.trueai, cdnOrigin: simulatorOptions.trueai?.cdnOrigin ?? cdnOrigin ?? undefined };
  const started = createVendorSimulator({ ...simulatorOptions, trueai });
  simulator = started;
  return {
    url: `${origin}/sim`,
    origin,
    cdnOrigin,
    port: actualPort,
    simulator: started,
    async close() {
      await started.close();
      await Promise.all([closeServer(server), cdnServer ? closeServer(cdnServer) : Promise.resolve()]);
    },
  };
}
