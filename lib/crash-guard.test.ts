import { spawn } from "node:child_process";
import { EventEmitter } from "node:events";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { installCrashGuards } from "./crash-guard";

/** A GET on a fresh connection (no keep-alive pool): its body, or the connection error's code. */
function get(port: number, pathname: string): Promise<{ status?: number; body?: string; error?: string }> {
  return new Promise((resolve) => {
    const req = http.get({ host: "127.0.0.1", port, path: pathname, agent: false }, (res) => {
      let body = "";
      res.on("data", (c) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode, body }));
    });
    req.on("error", (error: NodeJS.ErrnoException) => resolve({ error: error.code ?? error.message }));
  });
}

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

async function guardedServer(drainMs: number) {
  const proc = new EventEmitter();
  const logs: string[] = [];
  const exits: { code: number; at: number }[] = [];
  let workStopped = 0;
  const guards = installCrashGuards({
    proc,
    drainMs,
    log: (m) => logs.push(m),
    exit: (code) => exits.push({ code, at: performance.now() }),
    stopWork: () => workStopped++,
  });
  const server = http.createServer((req, res) => {
    if (req.url === "/slow") setTimeout(() => res.end("finished"), 400);
    else if (req.url === "/never") res.write("open");
    else res.end("alive");
  });
  guards.attach(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  cleanups.push(
    () => server.closeAllConnections(),
    () => server.close(),
    () => guards.dispose(),
  );
  return { proc, logs, exits, guards, port: (server.address() as AddressInfo).port, workStopped: () => workStopped };
}

describe("[H11.7] a stray exception never kills the studio silently", () => {
  it("[H11.7] an unhandled rejection is logged and the studio keeps serving", async () => {
    const s = await guardedServer(1000);
    s.proc.emit("unhandledRejection", new Error("a stray rejection"), Promise.resolve());
    expect(s.logs.join("\n")).toMatch(/unhandled promise rejection #1 \(logged; the studio keeps serving\): Error: a stray rejection/);
    expect(await get(s.port, "/")).toEqual({ status: 200, body: "alive" });
    expect(s.exits).toEqual([]);
    expect(s.workStopped()).toBe(0);
  });

  it("[H11.7] an uncaught exception stops new requests and the engine, lets in-flight requests finish, then exits 1", async () => {
    const s = await guardedServer(3000);
    const slow = get(s.port, "/slow");
    await new Promise((r) => setTimeout(r, 50));
    const thrownAt = performance.now();
    s.proc.emit("uncaughtException", new Error("a stray exception"), "uncaughtException");
    expect(s.guards.draining).toBe(true);
    expect(s.workStopped()).toBe(1);
    expect(await get(s.port, "/")).toEqual({ error: "ECONNREFUSED" });
    expect(s.exits).toEqual([]);
    expect(await slow).toEqual({ status: 200, body: "finished" });
    await new Promise((r) => setTimeout(r, 50));
    expect(s.exits.map((e) => e.code)).toEqual([1]);
    // It exited because the in-flight request finished, not at the 3 s drain deadline.
    expect(s.exits[0].at - thrownAt).toBeLessThan(3000);
    const log = s.logs.join("\n");
    expect(log).toContain("in-flight requests finished; exiting");
    expect(log).toMatch(/uncaught exception: Error: a stray exception/);
    expect(log).toMatch(/letting 1 in-flight request\(s\) finish for up to 3000 ms, then exiting with code 1/);
  });

  it("[H11.7] a request that never ends does not keep a broken process alive: exit 1 after the drain time", async () => {
    const s = await guardedServer(300);
    const never = http.get({ host: "127.0.0.1", port: s.port, path: "/never", agent: false });
    never.on("error", () => undefined);
    cleanups.push(() => never.destroy());
    await new Promise((r) => setTimeout(r, 50));
    s.proc.emit("uncaughtException", new Error("boom"), "uncaughtException");
    s.proc.emit("uncaughtException", new Error("boom again"), "uncaughtException");
    await new Promise((r) => setTimeout(r, 450));
    expect(s.exits.map((e) => e.code)).toEqual([1]);
    expect(s.logs.join("\n")).toMatch(/another uncaught exception while shutting down: Error: boom again/);
    expect(s.logs.join("\n")).toMatch(/1 request\(s\) still open after 300 ms; exiting now/);
  });

  it("[H11.7] in a real Node process: survives a stray rejection, and a stray throw ends it with code 1 after its in-flight request finished", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "atelier-crash-"));
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    const script = path.join(dir, "server.ts");
    fs.writeFileSync(
      script,
      `import http from "node:http";
import { installCrashGuards } from ${JSON.stringify(path.resolve("lib/crash-guard.ts"))};
const guards = installCrashGuards({ drainMs: 3000, stopWork: () => console.log("work stopped") });
const server = http.createServer((req, res) => {
  if (req.url === "/slow") return void setTimeout(() => res.end("finished"), 600);
  if (req.url === "/reject") { Promise.reject(new Error("a stray rejection")); return void res.end("ok"); }
  if (req.url === "/throw") { setTimeout(() => { throw new Error("a stray exception"); }, 50); return void res.end("ok"); }
  res.end("alive");
});
guards.attach(server);
server.listen(0, "127.0.0.1", () => console.log("port " + (server.address() as { port: number }).port));
`,
    );
    // Run as the production entry is: TypeScript through tsx.
    const child = spawn(process.execPath, ["--import", "tsx", script], { stdio: ["ignore", "pipe", "pipe"] });
    cleanups.push(() => child.kill("SIGKILL"));
    let stdout = "";
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    const port = await new Promise<number>((resolve) =>
      child.stdout.on("data", (d) => {
        stdout += d;
        const match = /port (\d+)/.exec(stdout);
        if (match) resolve(Number(match[1]));
      }),
    );

    expect(await get(port, "/reject")).toEqual({ status: 200, body: "ok" });
    await new Promise((r) => setTimeout(r, 100));
    expect(await get(port, "/")).toEqual({ status: 200, body: "alive" });

    const slow = get(port, "/slow");
    await new Promise((r) => setTimeout(r, 50));
    expect(await get(port, "/throw")).toEqual({ status: 200, body: "ok" });
    await new Promise((r) => setTimeout(r, 150));
    expect(await get(port, "/")).toEqual({ error: "ECONNREFUSED" });
    expect(await slow).toEqual({ status: 200, body: "finished" });
    expect(await exited).toBe(1);
    expect(stdout).toContain("work stopped");
    expect(stderr).toMatch(/unhandled promise rejection #1 .*a stray rejection/);
    expect(stderr).toMatch(/uncaught exception: Error: a stray exception/);
    expect(stderr).toContain("in-flight requests finished; exiting");
  });
});
