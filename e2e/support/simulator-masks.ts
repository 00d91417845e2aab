// Reads what the built-in simulator received (its test-only /sim/_control API, enabled in e2e by
// SIMULATOR_KNOBS=1), and compares masks pixel by pixel.
import fs from "node:fs";
import path from "node:path";
import { expect, type APIRequestContext } from "@playwright/test";
import sharp from "sharp";

/** /sim/_control needs the simulator's API key (issue 11 item 20); the test server's is in its secrets.json. */
function controlHeaders(): Record<string, string> {
  const secrets = JSON.parse(fs.readFileSync(path.join(process.env.E2E_DATA_DIR!, "secrets.json"), "utf8")) as { SIMULATOR_API_KEY: string };
  return { authorization: `Bearer ${secrets.SIMULATOR_API_KEY}` };
}

interface SimTask {
  id: string;
  profile: string;
  kind: string;
  prompt: string;
  files: { mask: string | null };
}

/** The mask bytes exactly as the vendor received them, for the task whose prompt carries `token`. */
export async function receivedMask(request: APIRequestContext, token: string, profile: "ttapi" | "mjproxy"): Promise<Buffer> {
  let task: SimTask | undefined;
  await expect
    .poll(
      async () => {
        const { tasks } = (await (await request.get(`/sim/_control/tasks?profile=${profile}&limit=100`, { headers: controlHeaders() })).json()) as {
          tasks: SimTask[];
        };
        task = tasks.find((t) => t.files.mask && t.prompt.includes(token));
        return task?.id ?? null;
      },
      { timeout: 30_000 },
    )
    .not.toBeNull();
  const response = await request.get(`/sim/_control/tasks/${task!.id}/mask`, { headers: controlHeaders() });
  expect(response.status()).toBe(200);
  return Buffer.from(await response.body());
}

export interface MaskPixels {
  width: number;
  height: number;
  /** 0 or 255 per pixel (first channel), after checking the channels agree. */
  values: Uint8Array;
  at(x: number, y: number): number;
}

export async function decodeMask(png: Uint8Array): Promise<MaskPixels> {
  const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
  const values = new Uint8Array(info.width * info.height);
  for (let p = 0; p < values.length; p++) values[p] = data[p * info.channels];
  return { width: info.width, height: info.height, values, at: (x, y) => values[y * info.width + x] };
}

/** Pixels that differ, as "(x, y) got → wanted" for the first few, plus the count. */
export function maskDifferences(got: MaskPixels, want: MaskPixels): { count: number; first: string[] } {
  const first: string[] = [];
  let count = 0;
  for (let p = 0; p < got.values.length; p++) {
    if (got.values[p] === want.values[p]) continue;
    count++;
    if (first.length < 10) first.push(`(${p % got.width}, ${Math.floor(p / got.width)}) ${got.values[p]} → ${want.values[p]}`);
  }
  return { count, first };
}
