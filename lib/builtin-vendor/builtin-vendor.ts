// The built-in vendor: the simulator package (@atelier/vendor-simulator) the studio's own server
// hosts under /sim. Created on first use (or at boot, from lib/server-boot.ts, so tasks and
// webhooks left by a crash resume without a request) and kept on globalThis so Next's module
// reloading in development does not start a second one. Its settings come from lib/env.ts
// (see builtin-vendor-options.ts); the package itself reads no environment.
import { createVendorSimulator, type VendorSimulator } from "@atelier/vendor-simulator";
import { env } from "@/lib/env";
import { dataDir } from "@/lib/runtime-paths.mjs";
import { loadSecrets } from "@/lib/secrets.mjs";
import { builtinVendorOptions } from "./builtin-vendor-options";

const KEY = Symbol.for("atelier.simulator");
type Holder = { [KEY]?: VendorSimulator };

export function getBuiltinVendor(): VendorSimulator {
  const holder = globalThis as Holder;
  holder[KEY] ??= createVendorSimulator(builtinVendorOptions(env(), loadSecrets().simulatorApiKey, dataDir()));
  return holder[KEY];
}
