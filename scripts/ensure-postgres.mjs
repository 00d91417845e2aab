#!/usr/bin/env node
// A PostgreSQL server for the tests and CI, found or started: the one answering at
// 127.0.0.1:<port> when there is one (a developer's own, the machine's service, a container),
// else a private cluster of Debian's binaries (installed with apt-get when missing and we are
// root) in a data folder of its own, with trust auth on loopback only. Nothing here touches a
// cluster it did not create. CLI: `node scripts/ensure-postgres.mjs [--port N] [--stop]`.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";

const HOST = "127.0.0.1";
const USER = "postgres";
const isRoot = () => typeof process.getuid === "function" && process.getuid() === 0;

/** The base URL (no database) of the server at 127.0.0.1:<port>. */
export const postgresUrl = (port) => `postgresql://${USER}@${HOST}:${port}`;

/** Where the private cluster for <port> lives: one per port, so a second caller finds the first's. */
export const privateClusterDir = (port) => path.join(os.tmpdir(), `atelier-postgres-${port}`);

function log(message) {
  if (process.env.ENSURE_POSTGRES_QUIET !== "1") console.error(`[postgres] ${message}`);
}

/** Does anything accept TCP connections on the port? (A quick answer before pg's slower one.) */
function tcpOpen(port, timeoutMs = 1000) {
  return new Promise((resolve) => {
    const socket = net.connect({ host: HOST, port });
    const done = (open) => {
      socket.destroy();
      resolve(open);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
  });
}

/** null when a real `SELECT 1` succeeds as user postgres, else the reason it did not. */
async function selectOne(port) {
  const client = new pg.Client({ connectionString: `${postgresUrl(port)}/postgres`, connectionTimeoutMillis: 3000 });
  // A server that drops the connection later must not crash the caller.
  client.on("error", () => {});
  try {
    await client.connect();
    await client.query("SELECT 1");
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    await client.end().catch(() => {});
  }
}

/** The newest Debian PostgreSQL bin folder with initdb, or null. */
function debianBinDir() {
  const base = "/usr/lib/postgresql";
  if (!fs.existsSync(base)) return null;
  const versions = fs
    .readdirSync(base)
    .filter((v) => fs.existsSync(path.join(base, v, "bin", "initdb")))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length ? path.join(base, versions[0], "bin") : null;
}

function hasCommand(name) {
  return spawnSync("sh", ["-c", `command -v ${name}`], { stdio: "ignore" }).status === 0;
}

function aptInstallPostgres() {
  log("no PostgreSQL binaries: installing Debian's postgresql with apt-get ...");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  for (const args of [
    ["update", "-qq"],
    ["install", "-y", "-qq", "postgresql"],
  ]) {
    const result = spawnSync("apt-get", args, { stdio: ["ignore", "ignore", "inherit"], env });
    if (result.status !== 0) throw new Error(`"apt-get ${args.join(" ")}" failed (exit ${result.status ?? result.signal})`);
  }
}

/** Runs a PostgreSQL binary as the postgres user when we are root (PostgreSQL refuses root), else as ourselves. */
function runPg(bin, args) {
  const [command, commandArgs] = isRoot() ? ["runuser", ["-u", USER, "--", bin, ...args]] : [bin, args];
  // cwd "/": the postgres user may not be able to enter the caller's working folder.
  const result = spawnSync(command, commandArgs, { cwd: "/", encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  if (result.status !== 0) {
    const output = `${result.stdout ?? ""}${result.stderr ?? ""}`.trim();
    throw new Error(`"${path.basename(bin)} ${args.join(" ")}" failed (exit ${result.status ?? result.signal}): ${output}`);
  }
}

function createCluster(binDir, dir) {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (isRoot()) {
    const uid = Number(spawnSync("id", ["-u", USER], { encoding: "utf8" }).stdout.trim());
    const gid = Number(spawnSync("id", ["-g", USER], { encoding: "utf8" }).stdout.trim());
    if (!Number.isInteger(uid) || !Number.isInteger(gid)) throw new Error(`there is no "${USER}" user to own the cluster`);
    fs.chownSync(dir, uid, gid);
  }
  fs.chmodSync(dir, 0o700);
  log(`creating a private cluster in ${dir}`);
  runPg(path.join(binDir, "initdb"), ["-D", dir, "-U", USER, "--auth=trust", "--encoding=UTF8", "--no-locale"]);
}

function startCluster(binDir, dir, port) {
  // Loopback only; its socket in its own folder so it never meets the system cluster's.
  const options = `-c listen_addresses=${HOST} -p ${port} -c unix_socket_directories=${dir} -c fsync=off -c max_connections=200`;
  log(`starting it on ${HOST}:${port}`);
  runPg(path.join(binDir, "pg_ctl"), ["start", "-D", dir, "-w", "-t", "60", "-l", path.join(dir, "server.log"), "-o", options]);
}

async function waitUntilAnswering(port, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  let reason = await selectOne(port);
  while (reason && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    reason = await selectOne(port);
  }
  if (reason) throw new Error(`the private cluster did not answer within ${timeoutMs / 1000}s: ${reason}`);
}

function howToFix(port, reason) {
  return [
    `No PostgreSQL answers at ${HOST}:${port} and none could be started here (${reason}).`,
    "Run one of these, then try again:",
    "  sudo apt-get update && sudo apt-get install -y postgresql",
    `  sudo node scripts/ensure-postgres.mjs --port ${port}     # a private cluster with trust auth on ${HOST}:${port}`,
    `  docker run -d --name atelier-test-pg -p ${HOST}:${port}:5432 -e POSTGRES_HOST_AUTH_METHOD=trust postgres:15`,
  ].join("\n");
}

/**
 * The base URL of a PostgreSQL server at 127.0.0.1:<port> that answers `SELECT 1` as user
 * postgres without a password: the running one, or a private cluster started for the purpose
 * (it keeps running after this process ends; `stopPostgres` stops it). Throws an Error with the
 * exact commands to run when there is none and none can be started.
 */
export async function ensurePostgres({ port = 5432 } = {}) {
  if (await tcpOpen(port)) {
    const reason = await selectOne(port);
    if (!reason) return postgresUrl(port);
    // Something else owns the port (or a server that wants a password): never start a second one there.
    throw new Error(`${HOST}:${port} accepts connections but "SELECT 1" as ${USER} fails: ${reason}\n${howToFix(port, "port taken")}`);
  }
  let binDir = debianBinDir();
  if (!binDir) {
    if (!isRoot() || !hasCommand("apt-get")) throw new Error(howToFix(port, isRoot() ? "no apt-get" : "not root, no PostgreSQL binaries"));
    try {
      aptInstallPostgres();
    } catch (error) {
      throw new Error(howToFix(port, error instanceof Error ? error.message : String(error)));
    }
    binDir = debianBinDir();
    if (!binDir) throw new Error(howToFix(port, "apt-get installed postgresql but no initdb was found"));
    // Debian's package may have started its own cluster on this port.
    if (!(await selectOne(port))) return postgresUrl(port);
  }
  if (isRoot() && !hasCommand("runuser")) throw new Error(howToFix(port, "running as root without runuser"));
  const dir = privateClusterDir(port);
  try {
    if (!fs.existsSync(path.join(dir, "PG_VERSION"))) createCluster(binDir, dir);
    startCluster(binDir, dir, port);
    await waitUntilAnswering(port);
  } catch (error) {
    // Another caller may have started the same cluster meanwhile: then it answers.
    if (!(await selectOne(port))) return postgresUrl(port);
    throw new Error(howToFix(port, error instanceof Error ? error.message : String(error)));
  }
  return postgresUrl(port);
}

function pgCtlStatus(binDir, dir) {
  const args = ["status", "-D", dir];
  const [command, commandArgs] = isRoot() ? ["runuser", ["-u", USER, "--", path.join(binDir, "pg_ctl"), ...args]] : [path.join(binDir, "pg_ctl"), args];
  return spawnSync(command, commandArgs, { cwd: "/", stdio: "ignore" }).status;
}

/** Stops the private cluster for <port> if there is one running; true when one was stopped. */
export function stopPostgres({ port = 5432, removeData = false } = {}) {
  const dir = privateClusterDir(port);
  const binDir = debianBinDir();
  let stopped = false;
  // pg_ctl status: 0 running; a stale postmaster.pid left by a crash is not a running server.
  if (binDir && fs.existsSync(path.join(dir, "PG_VERSION")) && pgCtlStatus(binDir, dir) === 0) {
    runPg(path.join(binDir, "pg_ctl"), ["stop", "-D", dir, "-m", "fast", "-w", "-t", "60"]);
    stopped = true;
  }
  if (removeData) fs.rmSync(dir, { recursive: true, force: true });
  return stopped;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const portIndex = args.indexOf("--port");
  const port = portIndex >= 0 ? Number(args[portIndex + 1]) : Number(process.env.PGPORT || 5432);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) {
    console.error("usage: node scripts/ensure-postgres.mjs [--port N] [--stop]");
    process.exit(2);
  }
  try {
    if (args.includes("--stop")) console.log(stopPostgres({ port }) ? "stopped" : "no private cluster running");
    else console.log(await ensurePostgres({ port }));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
