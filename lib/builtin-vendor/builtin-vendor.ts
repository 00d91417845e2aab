// The built-in vendor: the simulator package (@atelier/vendor-simulator) the studio's own server
// hosts under /sim. Created on first use (or at boot, from lib/server/boot.ts, so tasks and
// webhooks left by a crash resume without a request) and kept in the services container so every
// bundle reaches the same one and `next dev`'s module reloading does not start a second one. Its settings come from lib/env.ts
// (see builtin-vendor-options.ts); the package itself reads no environment.
import { createVendorSimulator, type VendorSimulator } from "@atelier/vendor-simulator";
import { env } from "@/lib/env";
import { dataDir } from "@/lib/runtime-paths";
import { loadSecrets } from "@/lib/secrets";
import { services } from "@/lib/server/services";
import { builtinVendorOptions } from "./builtin-vendor-options";

export type BuiltinVendor = VendorSimulator;

export function getBuiltinVendor(): BuiltinVendor {
  const all = services();
  all.builtinVendor ??= createVendorSimulator(builtinVendorOptions(env(), loadSecrets().simulatorApiKey, dataDir()));
  return all.builtinVendor;
}
