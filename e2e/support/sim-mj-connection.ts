// A second vendor connection: the built-in simulator's midjourney-proxy protocol (it offers
// Custom Zoom, which TTAPI does not). Added once per test server through the operator CLI.
import fs from "node:fs";
import path from "node:path";
import { runCli } from "./cli";

export const SIM_MJ = "Sim MJ";

export function ensureSimMjConnection(baseURL: string): void {
  if (runCli("vendor", ["list"]).includes(SIM_MJ)) return;
  const secrets = JSON.parse(fs.readFileSync(path.join(process.env.E2E_DATA_DIR!, "secrets.json"), "utf8")) as { SIMULATOR_API_KEY: string };
  // /sim/mjproxy follows the gateways' documents (Bearer): a gateway profile, not "generic" (raw key).
  runCli("vendor", [
    "add",
    "--name",
    SIM_MJ,
    "--protocol",
    "mjproxy",
    "--profile",
    "newapi",
    "--base-url",
    `${baseURL}/sim/mjproxy`,
    "--key",
    secrets.SIMULATOR_API_KEY,
  ]);
}
