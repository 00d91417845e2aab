// The simulator the studio's own server hosts under /sim. Created on first use (or at boot,
// from instrumentation, so tasks and webhooks left by a crash resume without a request) and
// kept on globalThis so Next's module reloading in development does not start a second one.
//
// The only place the simulator reads the environment:
//   SIMULATOR_STEP_MS                 progress step (default 700)
//   SIMULATOR_KNOBS=1                 mount /sim/_control (needs the simulator's API key)
//   SIMULATOR_NEWAPI_POLLER_MS        New API's poller period (default 15000, like New API)
//   SIMULATOR_NEWAPI_SERVER_ADDRESS   New API's ServerAddress in its image links (default http://localhost:3000)
//   SIMULATOR_TRUEAI_REMIX=0          the trueai account without Remix (default: Remix on)
//   SIMULATOR_TRUEAI_CDN_ORIGIN       where trueai's image links point, e.g. http://127.0.0.2:3000:
//                                     the studio's server listens on every address, so /sim/files
//                                     is served there too (default: the request's own origin)
import { dataDir } from "@/lib/runtime-paths";
import { loadSecrets } from "@/lib/secrets";
import { createSimulator, type Simulator } from "./create-simulator";

const KEY = Symbol.for("atelier.simulator");
type Holder = { [KEY]?: Simulator };

function intFromEnv(name: string, min: number, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value >= min ? value : fallback;
}

/** An http(s) origin from the environment, or undefined (the default) when unset or malformed. */
function originFromEnv(name: string): string | undefined {
  const raw = process.env[name]?.trim();
  if (!raw) return undefined;
  try {
    const url = new URL(raw);
    if (url.protocol === "http:" || url.protocol === "https:") return url.origin;
  } catch {
    // fall through: a malformed value must not stop the studio; the default applies
  }
  console.error(`[simulator] ignoring ${name}: not an http(s) origin`);
  return undefined;
}

export function getDefaultSimulator(): Simulator {
  const holder = globalThis as Holder;
  holder[KEY] ??= createSimulator({
    apiKey: loadSecrets().simulatorApiKey,
    // SIMULATOR_DIR lets tests give the simulator its own folder; by default it lives in DATA_DIR.
    dir: process.env.SIMULATOR_DIR || dataDir(),
    stepMs: intFromEnv("SIMULATOR_STEP_MS", 5, 700),
    knobs: process.env.SIMULATOR_KNOBS === "1",
    newapi: { pollerMs: intFromEnv("SIMULATOR_NEWAPI_POLLER_MS", 10, 15_000), serverAddress: originFromEnv("SIMULATOR_NEWAPI_SERVER_ADDRESS") },
    trueai: { remix: process.env.SIMULATOR_TRUEAI_REMIX !== "0", cdnOrigin: originFromEnv("SIMULATOR_TRUEAI_CDN_ORIGIN") },
  });
  return holder[KEY];
}
