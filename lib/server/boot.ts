// Server start-up, called from instrumentation.ts in the Node.js runtime (also under `next dev`):
// fills the services container (lib/server/services.ts) with the engine and the sweepers.
import { env, EnvError } from "@/lib/env";
import { ensureFirstAdmin } from "@/lib/trusted/bootstrap/ensure-first-admin";
import { ensureBuiltinConnection } from "@/lib/trusted/connections/ensure-builtin-connection";
import { startJobEngine } from "@/lib/jobs/engine-instance";
import { startRetentionSweeper } from "@/lib/maintenance/retention-sweeper";
import { getBuiltinVendor } from "@/lib/builtin-vendor/builtin-vendor";
import { startUploadSweeper } from "@/lib/uploads/start-upload-sweeper";
import { joinOtherProcesses } from "./join-other-processes";

export async function bootServer(): Promise<void> {
  try {
    env();
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  joinOtherProcesses();
  await ensureFirstAdmin();
  await ensureBuiltinConnection();
  // The built-in vendor resumes the tasks and webhooks a crash interrupted, like a real vendor would.
  getBuiltinVendor();
  const engine = startJobEngine();
  // Audit, webhook-callback, live-update and rate-limit rows are pruned by their retention.
  startRetentionSweeper();
  // Uploads no job uses, and abandoned temp files, are deleted after a day.
  startUploadSweeper();
  console.log(`[atelier] job engine started (${engine.webhooksEnabled ? "webhooks and polling" : "polling only: set PUBLIC_URL to receive vendor webhooks"})`);
}
