// The simulator the studio's own server hosts under /sim. Created on first use (or at boot,
// from instrumentation, so tasks and webhooks left by a crash resume without a request) and
// kept on globalThis so Next's module reloading in development does not start a second one.
import { dataDir } from "@/lib/runtime-paths.mjs";
import { loadSecrets } from "@/lib/secrets.mjs";
import { createSimulator, type Simulator } from "./create-simulator";

const KEY = Symbol.for("atelier.simulator");
type Holder = { [KEY]?: Simulator };

function stepMsFromEnv(): number {
  const value = Number(process.env.SIMULATOR_STEP_MS);
  return Number.isInteger(value) && value >= 5 ? value : 700;
}

export function getDefaultSimulator(): Simulator {
  const holder = globalThis as Holder;
  holder[KEY] ??= createSimulator({
    apiKey: loadSecrets().simulatorApiKey,
    // SIMULATOR_DIR lets tests give the simulator its own folder; by default it lives in DATA_DIR.
    dir: process.env.SIMULATOR_DIR || dataDir(),
    stepMs: stepMsFromEnv(),
    knobs: process.env.SIMULATOR_KNOBS === "1",
  });
  return holder[KEY];
}
