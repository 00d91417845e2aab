// npm run storage -- check                      is the configured storage usable (the bucket there)?
// npm run storage -- migrate [--from DIR] [--dry-run]
//   copies the local image store (DATA_DIR/images, or DIR) into the bucket STORAGE_URL names.
//   Run it again after an interruption: objects already there with the same size are skipped.
import fs from "node:fs";
import { parseArgs } from "node:util";
import { imagesDir } from "@/lib/runtime-paths";
import { checkImageStorage } from "@/lib/storage/check-image-storage";
import { createImageStorage } from "@/lib/storage/get-image-storage";
import { LocalFileStorage } from "@/lib/storage/local-file-storage";
import { migrateStore, type MigrateResult } from "@/lib/storage/migrate-store";
import { describeStorage, storageConfigFrom } from "@/lib/storage/storage-config";

const USAGE = "usage: npm run storage -- check | migrate [--from DIR] [--dry-run]";
const PROGRESS_EVERY_MS = 2_000;

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { from: { type: "string" }, "dry-run": { type: "boolean", default: false }, concurrency: { type: "string", default: "4" } },
  });
  const [command] = positionals;
  if (command === "check") {
    const check = await checkImageStorage();
    (check.ok ? console.log : console.error)(check.message);
    return check.ok ? 0 : 1;
  }
  if (command !== "migrate" || positionals.length > 1) {
    console.error(USAGE);
    return 2;
  }
  return migrate(values.from, values["dry-run"], Number(values.concurrency));
}

async function migrate(fromOption: string | undefined, dryRun: boolean, concurrency: number): Promise<number> {
  const config = storageConfigFrom(process.env);
  if (config.kind !== "s3") {
    console.error("error: STORAGE_URL must name the bucket to copy into (s3://bucket/prefix); see docs/storage.md");
    return 2;
  }
  const check = await checkImageStorage();
  if (!check.ok) {
    console.error(check.message);
    return 1;
  }
  const from = new LocalFileStorage(fromOption ?? imagesDir());
  if (!fs.existsSync(from.root)) {
    console.error(`error: ${from.root} does not exist (give the local image folder with --from DIR)`);
    return 2;
  }
  console.log(`${dryRun ? "dry run: " : ""}copying ${from.root} into ${describeStorage(config)}`);
  const counts: MigrateResult = { copied: 0, skipped: 0, failed: 0, bytes: 0 };
  let lastPrint = Date.now();
  const result = await migrateStore({
    from,
    to: createImageStorage(config),
    dryRun,
    concurrency: Number.isInteger(concurrency) && concurrency > 0 ? concurrency : 4,
    onObject(event) {
      counts[event.outcome]++;
      if (event.outcome === "failed") console.error(`failed ${event.key}: ${event.error}`);
      if (Date.now() - lastPrint >= PROGRESS_EVERY_MS) {
        lastPrint = Date.now();
        console.log(`… ${summary(counts, dryRun)}`);
      }
    },
  });
  console.log(`${dryRun ? "dry run: " : ""}${summary(result, dryRun)} (${(result.bytes / 1e6).toFixed(1)} MB)`);
  if (result.stopped) console.error("gave up after 20 failures in a row (is the bucket still there?); the rest was not tried");
  if (result.failed > 0) console.error(`${result.failed} object(s) failed: run the same command again to copy what is missing`);
  return result.failed > 0 ? 1 : 0;
}

function summary(counts: MigrateResult, dryRun: boolean): string {
  return `${counts.copied} ${dryRun ? "to copy" : "copied"}, ${counts.skipped} skipped, ${counts.failed} failed`;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`error: ${(error as Error).message}`);
    process.exit(1);
  },
);
