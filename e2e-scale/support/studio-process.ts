// One studio process started as an operator would: `node scripts/start.mjs` with its own PORT and
// DATA_DIR and the cluster's shared environment. It runs in a process group of its own, so a kill
// reaches the server under the start script too; restart() starts it again on the same port and data.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export interface StudioProcess {
  name: string;
  url: string;
  dataDir: string;
  /** Everything this process printed, across restarts. */
  log(): string;
  /** SIGKILL to the whole group: the process dies on the spot, mid-job. */
  kill(): Promise<void>;
  restart(): Promise<void>;
  /** SIGTERM: a clean stop. */
  stop(): Promise<void>;
}

const root = path.resolve(__dirname, "..", "..");

async function waitHealthy(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`studio at ${url} exited early:\n${output().slice(-3000)}`);
    if (Date.now() > deadline) throw new Error(`studio at ${url} did not start in 10 minutes:\n${output().slice(-3000)}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once("exit", () => resolve()));
}

export async function startStudioProcess(options: { name: string; port: number; env: Record<string, string> }): Promise<StudioProcess> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `atelier-${options.name}-`));
  const url = `http://127.0.0.1:${options.port}`;
  let output = "";
  let child: ChildProcess;
  const launch = async () => {
    child = spawn(process.execPath, [path.join(root, "scripts", "start.mjs")], {
      cwd: root,
      env: { ...process.env, ...options.env, PORT: String(options.port), DATA_DIR: dataDir },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    child.stdout?.on("data", (d) => (output += d));
    child.stderr?.on("data", (d) => (output += d));
    await waitHealthy(url, child, () => output);
  };
  const signal = async (name: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, name);
    } catch {
      // already gone
    }
    await exited(child);
  };
  await launch();
  return {
    name: options.name,
    url,
    dataDir,
    log: () => output,
    kill: () => signal("SIGKILL"),
    restart: launch,
    stop: () => signal("SIGTERM"),
  };
}
