// Connections to the built-in simulator's real-server profiles, added through the operator CLI:
// New API as its code answers (/sim/newapi) and a self-hosted trueai with Remix on (/sim/trueai),
// whose image links point at a CDN host (127.0.0.2, SIMULATOR_TRUEAI_CDN_ORIGIN) listed on the
// connection as an image host.
import fs from "node:fs";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";
import { runCli } from "./cli";

export const REAL_NEWAPI = "Real New API";
export const REAL_TRUEAI = "Real trueai";

function simulatorKey(): string {
  return (JSON.parse(fs.readFileSync(path.join(process.env.E2E_DATA_DIR!, "secrets.json"), "utf8")) as { SIMULATOR_API_KEY: string }).SIMULATOR_API_KEY;
}

export function ensureRealVendorConnections(baseURL: string): void {
  const listed = runCli("vendor", ["list"]);
  const key = simulatorKey();
  if (!listed.includes(REAL_NEWAPI)) {
    runCli("vendor", [
      "add",
      "--name",
      REAL_NEWAPI,
      "--protocol",
      "mjproxy",
      "--profile",
      "newapi",
      "--base-url",
      `${baseURL}/sim/newapi`,
      "--key",
      key,
      "--mode",
      "relax",
    ]);
  }
  if (!listed.includes(REAL_TRUEAI)) {
    const cdn = `127.0.0.2:${new URL(baseURL).port}`;
    runCli("vendor", [
      "add",
      "--name",
      REAL_TRUEAI,
      "--protocol",
      "mjproxy",
      "--profile",
      "generic",
      "--base-url",
      `${baseURL}/sim/trueai`,
      "--key",
      key,
      "--image-host",
      cdn,
    ]);
  }
}

/** The simulator's test knobs (SIMULATOR_KNOBS=1 in e2e), with its key. */
export async function simulatorKnobs(request: APIRequestContext, patch: Record<string, unknown>): Promise<void> {
  const response = await request.post("/sim/_control", { data: patch, headers: { authorization: `Bearer ${simulatorKey()}` } });
  if (!response.ok()) throw new Error(`/sim/_control: ${response.status()} ${await response.text()}`);
}

interface SimTask {
  id: string;
  profile: string;
  kind: string;
  prompt: string;
  requests: { body: Record<string, unknown> }[];
}

/** The simulator's tasks of one mount, newest first. */
export async function simulatorTasks(request: APIRequestContext, profile: string): Promise<SimTask[]> {
  const response = await request.get(`/sim/_control/tasks?profile=${profile}&limit=100`, { headers: { authorization: `Bearer ${simulatorKey()}` } });
  return ((await response.json()) as { tasks: SimTask[] }).tasks;
}
