// A production server process for the shutdown test: the entry's HTTP server (the webhook fast
// path, the crash guards, SIGTERM handling) with a stand-in for Next.js, and the job engine as
// instrumentation starts it, against the test's data folder.
import { startJobEngine } from "@/lib/jobs/engine-instance";
import { startHttpServer } from "@/lib/server/http-server";

const port = Number(process.env.WORKER_PORT);
startJobEngine({ pollIntervalMs: 150, tickMs: 50 });
startHttpServer({ port, host: "127.0.0.1", handle: (_req, res) => res.writeHead(404).end(), drainMs: 8_000 });
