// Contract-test helper: the built-in simulator on a real port, plus the small things the
// tests need (its test knobs, waiting for a task, images and masks drawn with sharp).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { startVendorSimulatorServer, type VendorSimulatorServerOptions } from "@atelier/vendor-simulator";
import type { AdapterOverrides } from "../adapter-options";
import type { TaskSnapshot, VendorClient } from "../types";

export const SIM_KEY = "sim-contract-key-0123456789";

/** Fast polling, quick retries: the simulator answers in milliseconds. */
export const FAST: AdapterOverrides = { deps: { retry: { attempts: 3, baseDelayMs: 5, maxDelayMs: 20 } }, pollIntervalMs: 20, waitTimeoutMs: 15_000 };

export interface SimulatorHarness {
  /** e.g. http://127.0.0.1:PORT/sim */
  url: string;
  /** e.g. http://127.0.0.2:PORT when started with a cdnHost: where /sim/trueai's images are. */
  cdnOrigin: string | null;
  knobs: (patch: Record<string, unknown>) => Promise<void>;
  reset: () => Promise<void>;
  /** A task as the simulator stored it, with the request bodies it received. */
  task: (id: string) => Promise<{ requests: { body: Record<string, unknown> }[]; notifyId: string | null; mode: string; hookUrl: string | null }>;
  /** The mask bytes exactly as the simulator received them. */
  mask: (id: string) => Promise<Buffer>;
  close: () => Promise<void>;
}

export async function startSimulatorHarness(extra: Pick<VendorSimulatorServerOptions, "cdnHost" | "newapi" | "trueai"> = {}): Promise<SimulatorHarness> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "atelier-contract-"));
  const server = await startVendorSimulatorServer({ port: 0, apiKey: SIM_KEY, dir, stepMs: 25, knobs: true, webhookAttempts: 1, ...extra });
  const control = (p: string) => `${server.url}/_control${p}`;
  // /sim/_control needs the simulator's key (issue 11 item 20).
  const auth = { authorization: `Bearer ${SIM_KEY}` };
  const post = async (p: string, body: unknown) => {
    const response = await fetch(control(p), { method: "POST", headers: { "Content-Type": "application/json", ...auth }, body: JSON.stringify(body) });
    if (!response.ok) throw new Error(`${p}: ${response.status} ${await response.text()}`);
  };
  return {
    url: server.url,
    cdnOrigin: server.cdnOrigin,
    knobs: (patch) => post("", patch),
    reset: () => post("/reset", {}),
    task: async (id) => (await fetch(control(`/tasks/${encodeURIComponent(id)}`), { headers: auth })).json(),
    mask: async (id) => Buffer.from(await (await fetch(control(`/tasks/${encodeURIComponent(id)}/mask`), { headers: auth })).arrayBuffer()),
    close: async () => {
      await server.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Polls the vendor until the task is finished (or waits for input), as the engine would. */
export async function waitForTask(client: VendorClient, taskId: string, timeoutMs = 20_000): Promise<TaskSnapshot> {
  const deadline = Date.now() + timeoutMs;
  const seen: number[] = [];
  for (;;) {
    const snapshot = await client.fetchTask(taskId);
    seen.push(snapshot.progress);
    if (["SUCCEEDED", "FAILED", "CANCELLED", "NEEDS_INPUT"].includes(snapshot.status)) return snapshot;
    if (Date.now() > deadline) throw new Error(`task ${taskId} still ${snapshot.status} after ${timeoutMs} ms (progress ${seen.join(",")})`);
    await new Promise((resolve) => setTimeout(resolve, 30));
  }
}

export async function pngDataUrl(width: number, height: number, rgb: [number, number, number]): Promise<string> {
  const png = await sharp({ create: { width, height, channels: 3, background: { r: rgb[0], g: rgb[1], b: rgb[2] } } })
    .png()
    .toBuffer();
  return `data:image/png;base64,${png.toString("base64")}`;
}

/** A black mask of the image's size with a white square in the middle (white = repaint). */
export async function regionMask(width: number, height: number): Promise<Buffer> {
  const square = Math.max(1, Math.floor(Math.min(width, height) / 3));
  const white = await sharp({ create: { width: square, height: square, channels: 3, background: { r: 255, g: 255, b: 255 } } })
    .png()
    .toBuffer();
  return sharp({ create: { width, height, channels: 3, background: { r: 0, g: 0, b: 0 } } })
    .composite([{ input: white, left: Math.floor((width - square) / 2), top: Math.floor((height - square) / 2) }])
    .png()
    .toBuffer();
}

export async function imageSize(bytes: Buffer): Promise<{ width: number; height: number }> {
  const meta = await sharp(bytes).metadata();
  return { width: meta.width ?? 0, height: meta.height ?? 0 };
}
