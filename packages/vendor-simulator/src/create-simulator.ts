// The simulator: a vendor serving TTAPI and midjourney-proxy over HTTP from its own SQLite
// file and image folder. One instance per data folder: the studio hosts one under its /sim
// route (lib/builtin-vendor); tests and benchmarks start their own through standalone-server.ts.
// Everything it needs arrives in its options: it reads no environment of its own.
import { renderTask } from "./engine/render-task";
import { TaskScheduler } from "./engine/task-scheduler";
import { FileStore } from "./files/file-store";
import { jsonResponse } from "./http/json-response";
import { KnobState } from "./knobs/knob-state";
import { mjproxyButtons } from "./mjproxy/mjproxy-custom-ids";
import { NewapiPoller } from "./newapi/newapi-poller";
import { NewapiStore } from "./newapi/newapi-store";
import { routeRequest } from "./route-request";
import type { ResolvedSimulatorOptions, SimulatorContext } from "./simulator-context";
import { openSimulatorDatabase } from "./store/open-database";
import { SubmitLog } from "./store/submit-log";
import { TaskStore } from "./store/task-store";
import { WebhookStore } from "./store/webhook-store";
import { notifyTask } from "./webhooks/notify-task";
import { WebhookDispatcher } from "./webhooks/webhook-dispatcher";
import { trueaiButtons } from "./trueai/trueai-buttons";
import type { TaskButton, TaskResult, TaskRow } from "./store/task-types";

export interface VendorSimulatorOptions {
  /** The one API key the simulator accepts (TT-API-KEY / Bearer). */
  apiKey: string;
  /** Data folder: the simulator uses `${dir}/simulator/sim.db` and `${dir}/simulator/files/`. */
  dir: string;
  /** Duration of one progress step (default 700 ms). */
  stepMs?: number;
  /** Progress steps per task (default 5). */
  steps?: number;
  /** Running tasks per key (default 10, TTAPI's limit). */
  concurrency?: number;
  /** Waiting tasks per key before submits are refused (default 200). */
  maxQueued?: number;
  /** Mount /sim/_control (default false). */
  knobs?: boolean;
  /** Webhook attempts including the first (default 4). */
  webhookAttempts?: number;
  /** First retry delay, doubled per attempt (default 1000 ms). */
  webhookRetryBaseMs?: number;
  /**
   * Let describe-by-URL download from loopback addresses (default false: only the simulator's
   * own /sim/files/... are read). For tests; never on the production port.
   */
  allowLoopbackUrls?: boolean;
  /** Address prefixes input pictures may be fetched from even on loopback (the studio's signed-link routes). */
  trustedUrlPrefixes?: string[];
  /** /sim/newapi (New API in front of a trueai upstream). */
  newapi?: {
    /** How often New API copies upstream task state into its own copies (default 15000 ms, NA controller/midjourney.go:25). */
    pollerMs?: number;
    /** New API's ServerAddress, where its image links point (default "http://localhost:3000", NA setting/system_setting.go:3). */
    serverAddress?: string;
  };
  /** /sim/trueai (a self-hosted trueai-org/midjourney-proxy) and the upstream behind /sim/newapi. */
  trueai?: {
    /** The account has Remix on: V1-V4, Vary, pans and reroll wait for /mj/submit/modal (default true). */
    remix?: boolean;
    /** Origin its image links use, e.g. "http://127.0.0.2:PORT" (default: the origin of the request). */
    cdnOrigin?: string;
  };
}

export interface VendorSimulator {
  /** Answers one request; `path` is the part after /sim (e.g. "/ttapi/midjourney/v1/imagine"). */
  handle(request: Request, path: string): Promise<Response>;
  close(): Promise<void>;
}

/** The buttons a finished task offers, as its mount shows them (TTAPI and novicezk have none). */
function buttonsFor(row: TaskRow, actions: string[], hash: string, shape: TaskResult["shape"]): TaskButton[] {
  if (row.profile === "trueai" || row.profile === "newapi") return trueaiButtons(actions, hash, shape);
  if (row.profile === "ttapi" || row.profile === "novicezk") return [];
  return mjproxyButtons(row.profile, actions, hash);
}

export function createVendorSimulator(input: VendorSimulatorOptions): VendorSimulator {
  if (!input.apiKey) throw new Error("the simulator needs an API key");
  const options: ResolvedSimulatorOptions = {
    apiKey: input.apiKey,
    dir: input.dir,
    stepMs: input.stepMs ?? 700,
    steps: input.steps ?? 5,
    concurrency: input.concurrency ?? 10,
    maxQueued: input.maxQueued ?? 200,
    knobs: input.knobs ?? false,
    webhookAttempts: input.webhookAttempts ?? 4,
    webhookRetryBaseMs: input.webhookRetryBaseMs ?? 1000,
    fetchPolicy: { allowLoopback: input.allowLoopbackUrls ?? false, trustedPrefixes: input.trustedUrlPrefixes ?? [] },
    newapi: { pollerMs: input.newapi?.pollerMs ?? 15_000, serverAddress: (input.newapi?.serverAddress ?? "http://localhost:3000").replace(/\/+$/, "") },
    trueai: { remix: input.trueai?.remix ?? true, cdnOrigin: input.trueai?.cdnOrigin ? input.trueai.cdnOrigin.replace(/\/+$/, "") : null },
  };
  const now = () => Date.now();
  const onError = (error: unknown) => console.error("[simulator]", error);
  const db = openSimulatorDatabase(options.dir);
  const store = new TaskStore(db);
  const webhooks = new WebhookStore(db);
  const files = new FileStore(options.dir);
  const knobs = new KnobState(options.knobs, { stepMs: options.stepMs, remix: options.trueai.remix, pollerMs: options.newapi.pollerMs });
  const dispatcher = new WebhookDispatcher({
    store: webhooks,
    now,
    attempts: options.webhookAttempts,
    retryBaseMs: options.webhookRetryBaseMs,
    timeoutMs: 10_000,
    onError,
  });
  const scheduler = new TaskScheduler({
    store,
    now,
    concurrency: options.concurrency,
    onError,
    render: (row) => renderTask({ store, files, buttonsFor }, row),
    notify: (row, state) => notifyTask({ knobs, webhooks, dispatcher, now, options }, row, state),
  });
  // The New API poller reads the context it belongs to, so the context is completed in two steps.
  const ctx = { options, store, webhooks, submits: new SubmitLog(db), files, knobs, scheduler, dispatcher, now } as SimulatorContext;
  ctx.newapi = { store: new NewapiStore(db), poller: new NewapiPoller(ctx, onError) };
  // Resume after a restart: settle or advance stored tasks and send the pending webhooks.
  scheduler.pump();
  dispatcher.kick();
  ctx.newapi.poller.start();
  let closed = false;
  return {
    async handle(request, path) {
      if (closed) return jsonResponse({ error: "simulator closed" }, 503);
      try {
        return await routeRequest(ctx, request, path);
      } catch (error) {
        onError(error);
        return jsonResponse({ error: "internal simulator error" }, 500);
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      scheduler.close();
      await Promise.all([dispatcher.close(), scheduler.drain(), ctx.newapi.poller.close()]);
      db.close();
    },
  };
}
