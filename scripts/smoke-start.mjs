#!/usr/bin/env node
// The README's first command, checked: `npm start` on a fresh data folder must serve a
// sign-in page and a healthy /api/health, and print where the first admin's password is.
// With --clone it first clones this repository into a temporary folder and runs
// `npm install` there, as a new user would.
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
let dir = repo;
if (process.argv.includes("--clone")) {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "atelier-clone-"));
  execFileSync("git", ["clone", "-q", repo, dir], { stdio: "inherit" });
  execFileSync("npm", ["install", "--no-audit", "--no-fund"], { cwd: dir, stdio: "inherit" });
}
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "atelier-smoke-"));
const port = String(3400 + Math.floor(Math.random() * 500));
const server = spawn("npm", ["start"], { cwd: dir, env: { ...process.env, PORT: port, DATA_DIR: dataDir }, detached: true });
let output = "";
server.stdout.on("data", (d) => (output += d));
server.stderr.on("data", (d) => (output += d));

function stop(code, message) {
  try {
    process.kill(-server.pid, "SIGTERM");
  } catch {}
  console.log(message);
  if (code) console.log(output.slice(-4000));
  process.exit(code);
}

const deadline = Date.now() + 10 * 60_000;
while (Date.now() < deadline) {
  await new Promise((r) => setTimeout(r, 1000));
  if (server.exitCode !== null) stop(1, `[smoke] npm start exited early (${server.exitCode})`);
  try {
    const health = await fetch(`http://127.0.0.1:${port}/api/health`);
    if (!health.ok) continue;
    const body = await health.json();
    const signin = await (await fetch(`http://127.0.0.1:${port}/signin`)).text();
    await new Promise((r) => setTimeout(r, 500));
    const passwordShown = /password: \S+/.test(output) && fs.existsSync(path.join(dataDir, "first-admin.txt"));
    const ok = body.schema === "current" && signin.includes("Sign in") && signin.includes("Password") && passwordShown;
    stop(
      ok ? 0 : 1,
      `[smoke] health=${JSON.stringify(body)} signin=${signin.includes("Sign in")} adminPasswordPrinted=${passwordShown} → ${ok ? "ok" : "FAILED"}`,
    );
  } catch {
    // not listening yet
  }
}
stop(1, "[smoke] npm start did not serve within 10 minutes");
