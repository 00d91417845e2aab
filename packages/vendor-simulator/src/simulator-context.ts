// Everything a request handler of the simulator needs, created once per simulator instance.
import type { FetchPolicy } from "./http/url-policy";
import type { TaskScheduler } from "./engine/task-scheduler";
import type { FileStore } from "./files/file-store";
import type { KnobState } from "./knobs/knob-state";
import type { NewapiPoller } from "./newapi/newapi-poller";
import type { NewapiStore } from "./newapi/newapi-store";
import type { SubmitLog } from "./store/submit-log";
import type { TaskStore } from "./store/task-store";
import type { WebhookStore } from "./store/webhook-store";
import type { WebhookDispatcher } from "./webhooks/webhook-dispatcher";

export interface ResolvedSimulatorOptions {
  apiKey: string;
  dir: string;
  /** Default step duration for new tasks (the stepMs knob overrides it). */
  stepMs: number;
  /** Progress steps per task. */
  steps: number;
  /** Running tasks per API key. */
  concurrency: number;
  /** Waiting tasks per API key before submits are refused (midjourney-proxy code 23). */
  maxQueued: number;
  knobs: boolean;
  webhookAttempts: number;
  webhookRetryBaseMs: number;
  /** Describe-by-URL may download from loopback addresses (tests only). */
  fetchPolicy: FetchPolicy;
  /** The New API mount: its poller's default period and the ServerAddress its image links start with. */
  newapi: { pollerMs: number; serverAddress: string };
  /** The trueai mount: Remix on its account (the default of the knob), and where its pictures are served (null: the request's origin). */
  trueai: { remix: boolean; cdnOrigin: string | null };
}

export interface SimulatorContext {
  options: ResolvedSimulatorOptions;
  store: TaskStore;
  webhooks: WebhookStore;
  submits: SubmitLog;
  files: FileStore;
  knobs: KnobState;
  scheduler: TaskScheduler;
  dispatcher: WebhookDispatcher;
  /** New API's own task copies and the poller that fills them in. */
  newapi: { store: NewapiStore; poller: NewapiPoller };
  now: () => number;
}
