// The production server's entry: Next.js behind a plain node:http server (lib/server/http-server.ts)
// whose one extra job is the webhook fast path. Vendor callbacks (POST /api/webhooks/<token>) are
// stored and answered there, before Next.js routing; everything else goes to Next.js as usual.
// Started by scripts/start.mjs, which prepares the environment first, as
// `node --import tsx scripts/server.ts` (TypeScript, like the CLIs).
//
// The services this process has one of (database, event bus, engine, caches) are in
// lib/server/services.ts; instrumentation.ts (lib/server/boot.ts) starts the engine in them.
import path from "node:path";
import next from "next";
import { startHttpServer } from "@/lib/server/http-server";

async function main(): Promise<void> {
  const root = path.resolve(__dirname, "..");
  const port = Number(process.env.PORT || 3000);
  const app = next({ dev: false, dir: root, port });
  await app.prepare();
  startHttpServer({ port, handle: app.getRequestHandler(), closeApp: () => app.close() });
}

void main();
