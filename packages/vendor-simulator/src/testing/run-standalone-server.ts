// A simulator in its own process, for the restart test (which SIGKILLs it, as the studio's
// crash-recovery tests do). Args: dir stepMs concurrency. Prints {"url": ...} when listening.
import { startVendorSimulatorServer } from "../standalone-server";
import { TEST_KEY } from "./sim-test-kit";

const [dir, stepMs = "150", concurrency = "10"] = process.argv.slice(2);

startVendorSimulatorServer({ apiKey: TEST_KEY, dir, stepMs: Number(stepMs), concurrency: Number(concurrency), knobs: true, webhookRetryBaseMs: 30 }).then(
  (server) => process.stdout.write(`${JSON.stringify({ url: server.url })}\n`),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
