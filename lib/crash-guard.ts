// What the production server (scripts/server.ts) does when code throws where nothing catches it.
//
// - An unhandled promise rejection is logged and the studio keeps serving. Node's default since
//   v15 is to crash the process on one; but a rejected promise has not left synchronous state
//   half-changed, and the job engine's own loops catch their errors, so dying would only turn
//   one failed background task into an outage with every in-flight job interrupted.
// - An uncaught exception is different: it unwound a stack mid-way and Node documents the process
//   as being in an undefined state afterwards, so continuing is unsafe. The studio logs it, stops
//   taking requests (closes the listening socket and every idle keep-alive connection), stops the
//   job engine from starting new work, lets in-flight requests finish for up to `drainMs`, then
//   exits with code 1 so a supervisor (Docker's restart policy, systemd, compose) restarts it.
//   Submits interrupted this way are resolved by the engine's recovery after the restart (a task
//   is looked up by its notify id, never resubmitted blindly).
// Never a silent death: both paths say what happened and what the studio does about it.

import type { EventEmitter } from "node:events";
import type { Server, ServerResponse } from "node:http";

export interface CrashGuardOptions {
  /** Stops background work (the job engine) so nothing new starts while draining. */
  stopWork?: () => void;
  drainMs?: number;
  exit?: (code: number) => void;
  log?: (message: string) => void;
  proc?: EventEmitter;
}

export interface CrashGuards {
  attach(server: Server): void;
  readonly draining: boolean;
  dispose(): void;
}

function describe(value: unknown): string {
  if (value instanceof Error) return value.stack ?? `${value.name}: ${value.message}`;
  try {
    return typeof value === "string" ? value : JSON.stringify(value);
  } catch {
    return String(value);
  }
}

/**
 * Installs the two handlers on `proc` (process, or an EventEmitter in tests). `attach(server)`
 * tells the guard which server to drain; call it as soon as the server exists.
 */
export function installCrashGuards({
  stopWork = () => {},
  drainMs = 5000,
  exit = (code) => process.exit(code),
  log = console.error,
  proc = process,
}: CrashGuardOptions = {}): CrashGuards {
  let server: Server | undefined;
  const inFlight = new Set<ServerResponse>();
  let draining = false;
  let rejections = 0;

  const finish = () => exit(1);

  const onUnhandledRejection = (reason: unknown) => {
    rejections++;
    log(`[atelier] unhandled promise rejection #${rejections} (logged; the studio keeps serving): ${describe(reason)}`);
  };

  const onUncaughtException = (error: unknown, origin?: string) => {
    if (draining) {
      log(`[atelier] another uncaught exception while shutting down: ${describe(error)}`);
      return;
    }
    draining = true;
    log(
      `[atelier] uncaught exception${origin && origin !== "uncaughtException" ? ` (${origin})` : ""}: ${describe(error)}\n` +
        `[atelier] the process may be in an undefined state: no new requests, letting ${inFlight.size} in-flight request(s) ` +
        `finish for up to ${drainMs} ms, then exiting with code 1 for a supervisor to restart the studio`,
    );
    // Whatever happens below, this process ends with a failure code, also if it ends on its own.
    if (proc === process) process.exitCode = 1;
    try {
      stopWork();
    } catch (stopError) {
      log(`[atelier] stopping the job engine failed: ${describe(stopError)}`);
    }
    const deadline = setTimeout(() => {
      log(`[atelier] ${inFlight.size} request(s) still open after ${drainMs} ms; exiting now`);
      finish();
    }, drainMs);
    if (!server) return;
    // A response still being written closes its connection when done instead of keeping it alive.
    for (const res of inFlight) if (!res.headersSent) res.shouldKeepAlive = false;
    const sweep = setInterval(() => server?.closeIdleConnections?.(), 100);
    server.close(() => {
      clearInterval(sweep);
      clearTimeout(deadline);
      log("[atelier] in-flight requests finished; exiting");
      finish();
    });
    server.closeIdleConnections?.();
  };

  proc.on("unhandledRejection", onUnhandledRejection);
  proc.on("uncaughtException", onUncaughtException);

  return {
    /** The server to drain on an uncaught exception; its requests are counted while in flight. */
    attach(httpServer: Server) {
      server = httpServer;
      httpServer.prependListener("request", (req, res) => {
        if (draining) res.shouldKeepAlive = false;
        inFlight.add(res);
        res.on("close", () => inFlight.delete(res));
      });
    },
    get draining() {
      return draining;
    },
    dispose() {
      proc.off("unhandledRejection", onUnhandledRejection);
      proc.off("uncaughtException", onUncaughtException);
    },
  };
}
