#!/usr/bin/env node
// `npm start`: validate the environment, prepare DATA_DIR and its secrets, migrate the
// database, build when the current source has no build yet, then serve the studio.
// `--dev` serves with `next dev` instead; `--prepare-only` stops before serving.
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { tsImport } from "tsx/esm/api";
import { buildIsCurrent, withBuildLock, writeBuildStamp } from "./build-stamp.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(root);
const args = new Set(process.argv.slice(2));
const dev = args.has("--dev");

function log(message) {
  console.log(`[atelier] ${message}`);
}

function run(command, commandArgs, env = process.env) {
  const result = spawnSync(command, commandArgs, { stdio: "inherit", env });
  if (result.status !== 0) {
    console.error(`[atelier] "${command} ${commandArgs.join(" ")}" failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status || 1);
  }
}

// The studio's own TypeScript modules, through tsx (as the server entry and the CLIs run).
const { parseEnv, EnvError } = await tsImport("../lib/env.ts", import.meta.url);
const { dataDir, databaseFile, preparePrivateDataDir } = await tsImport("../lib/runtime-paths.ts", import.meta.url);
const { loadSecrets } = await tsImport("../lib/secrets.ts", import.meta.url);
const { postgresUrl, redactDatabaseUrl } = await tsImport("../lib/database-url.ts", import.meta.url);
let env;
try {
  env = parseEnv(process.env);
} catch (error) {
  if (error instanceof EnvError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}

// A bucket that is missing, refuses our keys or cannot be reached stops the start here, with
// one clear line, rather than failing every image later (local files always pass).
const { checkImageStorage } = await tsImport("../lib/storage/check-image-storage.ts", import.meta.url);
const storageCheck = await checkImageStorage(process.env);
if (!storageCheck.ok) {
  console.error(`[atelier] ${storageCheck.message}`);
  process.exit(1);
}
log(storageCheck.message);

// DATA_DIR 0700 and the database file 0600 before anything (the migrations) opens it.
preparePrivateDataDir();
const secrets = loadSecrets();
const publicOrigin = env.PUBLIC_URL ?? `http://localhost:${env.PORT}`;
const childEnv = {
  ...process.env,
  DATA_DIR: dataDir(),
  DATABASE_URL: postgresUrl(process.env.DATABASE_URL) ?? `file:${databaseFile()}`,
  NEXTAUTH_SECRET: secrets.nextAuthSecret,
  MASTER_KEY: secrets.masterKey,
  NEXTAUTH_URL: process.env.NEXTAUTH_URL || publicOrigin,
  // The studio may be reached as localhost, 127.0.0.1 or a LAN name: trust the Host header.
  AUTH_TRUST_HOST: "true",
  PORT: String(env.PORT),
  NEXT_TELEMETRY_DISABLED: "1",
};

const bin = (name) => path.join(root, "node_modules", ".bin", name);

log(`data in ${dataDir()}`);
const postgres = postgresUrl(childEnv.DATABASE_URL);
if (postgres) {
  // The first process to start migrates; others started at the same time wait for it.
  log(`database: PostgreSQL at ${redactDatabaseUrl(postgres)}`);
  const { migratePostgres } = await tsImport("../lib/trusted/db/migrate-postgres.ts", import.meta.url);
  const { checkSharedSecrets } = await tsImport("../lib/trusted/db/check-shared-secrets.ts", import.meta.url);
  try {
    await migratePostgres(postgres);
    await checkSharedSecrets(postgres, secrets);
  } catch (error) {
    console.error(`[atelier] cannot start on PostgreSQL ${redactDatabaseUrl(postgres)}: ${error.message}`);
    process.exit(1);
  }
} else {
  run(bin("prisma"), ["migrate", "deploy"], childEnv);
  run(process.execPath, [path.join(root, "scripts", "sqlite-tune.mjs")], childEnv);
}

// Whatever the server creates (images, SQLite files, the simulator's files) is readable only by
// this user, also where a folder's or file's own mode is not set explicitly. Not the build.
const privateFilesFromNowOn = () => process.umask(0o077);

if (dev) {
  privateFilesFromNowOn();
  const child = spawn(bin("next"), ["dev", "-p", String(env.PORT)], { stdio: "inherit", env: { ...childEnv, NODE_ENV: "development" } });
  child.on("exit", (code) => process.exit(code ?? 0));
} else {
  await withBuildLock(root, log, () => {
    if (buildIsCurrent(root)) return;
    log("building the studio (first start or changed source) ...");
    run(bin("next"), ["build"], { ...childEnv, NODE_ENV: "production" });
    writeBuildStamp(root);
  });
  if (args.has("--prepare-only")) process.exit(0);
  privateFilesFromNowOn();
  log(`serving on http://localhost:${env.PORT}`);
  const child = spawn(process.execPath, ["--import", "tsx", path.join(root, "scripts", "server.ts")], {
    stdio: "inherit",
    env: { ...childEnv, NODE_ENV: "production" },
  });
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
