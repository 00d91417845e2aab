// The built-in vendor's settings, taken from the studio's validated environment (lib/env.ts):
//   SIMULATOR_STEP_MS                 progress step (default 700)
//   SIMULATOR_DIR                     its own data folder (default: DATA_DIR)
//   SIMULATOR_KNOBS=1                 mount /sim/_control (needs the simulator's API key)
//   SIMULATOR_NEWAPI_POLLER_MS        New API's poller period (default 15000, like New API)
//   SIMULATOR_NEWAPI_SERVER_ADDRESS   New API's ServerAddress in its image links (default http://localhost:3000)
//   SIMULATOR_TRUEAI_REMIX=0          the trueai account without Remix (default: Remix on)
//   SIMULATOR_TRUEAI_CDN_ORIGIN       where trueai's image links point, e.g. http://127.0.0.2:3000:
//                                     the studio's server listens on every address, so /sim/files
//                                     is served there too (default: the request's own origin)
import type { VendorSimulatorOptions } from "@atelier/vendor-simulator";
import type { Env } from "@/lib/env";

type SimulatorEnv = Pick<
  Env,
  | "SIMULATOR_STEP_MS"
  | "SIMULATOR_DIR"
  | "SIMULATOR_KNOBS"
  | "SIMULATOR_NEWAPI_POLLER_MS"
  | "SIMULATOR_NEWAPI_SERVER_ADDRESS"
  | "SIMULATOR_TRUEAI_REMIX"
  | "SIMULATOR_TRUEAI_CDN_ORIGIN"
  | "PORT"
  | "PUBLIC_URL"
>;

/** The simulator's options for this studio: its API key from the secrets, its folder in DATA_DIR unless SIMULATOR_DIR says otherwise. */
export function builtinVendorOptions(env: SimulatorEnv, apiKey: string, dataDir: string): VendorSimulatorOptions {
  return {
    apiKey,
    dir: env.SIMULATOR_DIR ?? dataDir,
    stepMs: env.SIMULATOR_STEP_MS,
    knobs: env.SIMULATOR_KNOBS === "1",
    newapi: { pollerMs: env.SIMULATOR_NEWAPI_POLLER_MS, serverAddress: env.SIMULATOR_NEWAPI_SERVER_ADDRESS },
    trueai: { remix: env.SIMULATOR_TRUEAI_REMIX !== "0", cdnOrigin: env.SIMULATOR_TRUEAI_CDN_ORIGIN },
    // The studio's signed-link routes, where the first frame of an Animate, an edit's picture and
    // the reference slots are fetched from (lib/uploads/signed-upload-url.ts: PUBLIC_URL, else
    // loopback on PORT). Nothing else on loopback: the simulator shares the studio's network.
    trustedUrlPrefixes: [`http://127.0.0.1:${env.PORT}/api/public/`, ...(env.PUBLIC_URL ? [`${env.PUBLIC_URL.replace(/\/$/, "")}/api/public/`] : [])],
  };
}
