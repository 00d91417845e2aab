import type { EventEmitter } from "node:events";
import type { Server } from "node:http";

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

export declare function installCrashGuards(options?: CrashGuardOptions): CrashGuards;
