// Helpers for the simulator's own tests: a simulator on a random port in a temp folder, small
// protocol clients, a webhook receiver and picture makers.
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { startVendorSimulatorServer, type VendorSimulatorServer, type VendorSimulatorServerOptions } from "../standalone-server";

export const TEST_KEY = "sim-test-key";

/** /sim/_control needs the simulator's key (issue 11 item 20). */
export const CONTROL_HEADERS = { authorization: `Bearer ${TEST_KEY}` };

export type MjMount = "mjproxy" | "dataeyes" | "trueai" | "newapi" | "novicezk";

export interface MjInit {
  body?: unknown;
  /** The key to send (null: none). How it is sent follows the mount unless `headers` say otherwise. */
  key?: string | null;
  profile?: MjMount;
  /** Replaces the key headers: e.g. { authorization: `Bearer ${TEST_KEY}` } on trueai. */
  headers?: Record<string, string>;
  method?: string;
}

export interface MjAnswer {
  status: number;
  json: MjJson;
  text: string;
  type: string | null;
}

/**
 * How each mount's clients send the key: Bearer (documented mounts, New API), the raw key in
 * Authorization (trueai compares it verbatim), mj-api-secret (novicezk).
 */
export function keyHeaders(profile: MjMount, key: string): Record<string, string> {
  if (profile === "trueai") return { authorization: key };
  if (profile === "novicezk") return { "mj-api-secret": key };
  return { authorization: `Bearer ${key}` };
}

export interface TestSimulator {
  server: VendorSimulatorServer;
  dir: string;
  ttapi(name: string, body: unknown, key?: string): Promise<{ status: number; json: TtapiReply }>;
  mj(path: string, init?: MjInit): Promise<MjAnswer>;
  control(path: string, body?: unknown): Promise<{ status: number; json: ControlJson }>;
  close(): Promise<void>;
}

// Test-only loose JSON shapes: assertions read whatever the protocol returned.
/* eslint-disable @typescript-eslint/no-explicit-any -- tests inspect arbitrary vendor JSON */
export type TtapiReply = { status: string; message: string; code?: number; data: any; jobId?: string };
export type MjJson = any;
export type ControlJson = any;
/* eslint-enable @typescript-eslint/no-explicit-any */

export async function startTestSimulator(options: Partial<VendorSimulatorServerOptions> & { dir?: string } = {}): Promise<TestSimulator> {
  const dir = options.dir ?? fs.mkdtempSync(path.join(os.tmpdir(), "atelier-sim-"));
  const server = await startVendorSimulatorServer({ apiKey: TEST_KEY, stepMs: 30, knobs: true, webhookRetryBaseMs: 30, ...options, dir });
  const request = async (url: string, method: string, headers: Record<string, string>, body?: unknown) => {
    const response = await fetch(url, {
      method,
      headers: { "content-type": "application/json", ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    let json: unknown = text;
    try {
      json = JSON.parse(text);
    } catch {
      // plain-text answers (e.g. DataEyes' Cloudflare 403) stay strings
    }
    return { status: response.status, json, text, type: response.headers.get("content-type") };
  };
  return {
    server,
    dir,
    ttapi: async (name, body, key = TEST_KEY) => {
      const url = name === "status" ? `${server.url}/ttapi/midjourney/status` : `${server.url}/ttapi/midjourney/v1/${name}`;
      const result = await request(url, name === "status" ? "GET" : "POST", { "TT-API-KEY": key }, name === "status" ? undefined : body);
      return result as { status: number; json: TtapiReply };
    },
    mj: async (p, init = {}) => {
      const key = init.key === undefined ? TEST_KEY : init.key;
      const profile = init.profile ?? "mjproxy";
      const auth = init.headers ?? (key === null ? {} : keyHeaders(profile, key));
      return request(
        `${server.url}/${profile}${p}`,
        init.method ?? (init.body === undefined ? "GET" : "POST"),
        { "user-agent": "atelier-test", ...auth },
        init.body,
      );
    },
    control: (p, body) => request(`${server.url}/_control${p}`, body === undefined ? "GET" : "POST", CONTROL_HEADERS, body),
    close: async () => {
      await server.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function waitFor<T>(probe: () => Promise<T | undefined | null | false>, timeoutMs = 10_000, intervalMs = 20): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error("waitFor timed out");
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/** Polls TTAPI fetch until the job settles. */
export async function ttapiSettled(sim: TestSimulator, jobId: string): Promise<TtapiReply> {
  return waitFor(async () => {
    const { json } = await sim.ttapi("fetch", { jobId });
    return json.status === "SUCCESS" || json.status === "FAILED" ? json : undefined;
  });
}

/** Polls midjourney-proxy fetch until the task settles (or waits in MODAL). */
export async function mjSettled(sim: TestSimulator, id: string, profile: MjMount = "mjproxy"): Promise<MjJson> {
  return waitFor(async () => {
    const { json } = await sim.mj(`/mj/task/${id}/fetch`, { profile });
    return ["SUCCESS", "FAILURE", "MODAL"].includes(json.status) ? json : undefined;
  });
}

export interface Received {
  body: MjJson;
  at: number;
}

export interface CallbackReceiver {
  url: string;
  received: Received[];
  /** The next n deliveries answer HTTP 500. */
  failNext(n: number): void;
  close(): Promise<void>;
}

export async function startCallbackReceiver(): Promise<CallbackReceiver> {
  const received: Received[] = [];
  let failures = 0;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      if (failures > 0) {
        failures -= 1;
        res.writeHead(500).end("nope");
        return;
      }
      received.push({ body: JSON.parse(Buffer.concat(chunks).toString("utf8")), at: Date.now() });
      res.writeHead(200).end("ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    received,
    failNext: (n) => {
      failures = n;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A mask PNG: black with a white rectangle (or a custom fill for grey/empty masks). */
export async function maskPng(
  width: number,
  height: number,
  rect: { left: number; top: number; width: number; height: number } | null,
  fill = "#ffffff",
): Promise<Buffer> {
  const base = sharp({ create: { width, height, channels: 3, background: "#000000" } });
  if (!rect) return base.png().toBuffer();
  const patch = await sharp({ create: { width: rect.width, height: rect.height, channels: 3, background: fill } })
    .png()
    .toBuffer();
  return base
    .composite([{ input: patch, left: rect.left, top: rect.top }])
    .png()
    .toBuffer();
}

export async function solidPng(width: number, height: number, colour: string): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: colour } })
    .png()
    .toBuffer();
}

export async function download(url: string): Promise<{ status: number; type: string | null; bytes: Buffer }> {
  const response = await fetch(url);
  return { status: response.status, type: response.headers.get("content-type"), bytes: Buffer.from(await response.arrayBuffer()) };
}

export async function pngSize(bytes: Buffer): Promise<{ width: number; height: number; format: string | undefined }> {
  const meta = await sharp(bytes).metadata();
  return { width: meta.width ?? 0, height: meta.height ?? 0, format: meta.format };
}
