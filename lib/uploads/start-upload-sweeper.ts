// Runs the upload sweep in the server process: shortly after boot, then every hour. Deleting is
// idempotent, so several server processes sharing one data folder may all run it.
import { sweepUploads } from "@/lib/trusted/uploads/sweep-uploads";
import { services } from "@/lib/server/services";

const FIRST_RUN_MS = 30_000;
const EVERY_MS = 60 * 60_000;

async function sweepOnce(): Promise<void> {
  try {
    const result = await sweepUploads();
    if (result.deletedUploads || result.deletedTempFiles) {
      console.log(`[atelier] upload sweep: removed ${result.deletedUploads} unused upload(s) and ${result.deletedTempFiles} abandoned temp file(s)`);
    }
  } catch (error) {
    console.error("[atelier] upload sweep failed:", error);
  }
}

export function startUploadSweeper(): void {
  const all = services();
  if (all.uploadSweeper) return;
  // Not at the very first instant: boot is busy with migrations, the first admin and the engine.
  setTimeout(() => void sweepOnce(), FIRST_RUN_MS).unref();
  all.uploadSweeper = setInterval(() => void sweepOnce(), EVERY_MS);
  all.uploadSweeper.unref();
}
