// Input images of a submit (blend, describe, face swap, image prompts) saved as files before
// the task exists, so rendering can happen later, even after a restart.
import type { FileStore } from "../files/file-store";
import { decodeImageInput, imageFromBytes } from "../image/decode-image-input";

export type SavedInputs = { ok: true; names: string[] } | { ok: false; reason: string };

export async function saveInputImages(files: FileStore, taskId: string, values: string[], prefix: "required" | "forbidden" | "optional"): Promise<SavedInputs> {
  const names: string[] = [];
  for (const [i, value] of values.entries()) {
    const decoded = await decodeImageInput(value, prefix);
    if (!decoded.ok) return { ok: false, reason: `[${i}] ${decoded.reason}` };
    const name = `${taskId}-in${i + 1}.png`;
    await files.write(name, decoded.png);
    names.push(name);
  }
  return { ok: true, names };
}

/** An image given by URL. The simulator's own files are read directly; others are downloaded. */
export async function saveInputFromUrl(files: FileStore, taskId: string, url: string): Promise<SavedInputs> {
  let bytes: Buffer | null = null;
  const own = /\/sim\/files\/([A-Za-z0-9_-]+\.png)(?:\?.*)?$/.exec(url);
  try {
    if (own) bytes = await files.read(own[1]);
    if (!bytes) {
      if (!/^https?:\/\//i.test(url)) return { ok: false, reason: "url must be an http(s) URL" };
      const response = await fetch(url, { signal: AbortSignal.timeout(10_000), redirect: "follow" });
      if (!response.ok) return { ok: false, reason: `url could not be downloaded (HTTP ${response.status})` };
      const body = Buffer.from(await response.arrayBuffer());
      if (body.length > 20 * 1024 * 1024) return { ok: false, reason: "url points to a file that is too large" };
      bytes = body;
    }
  } catch {
    return { ok: false, reason: "url could not be downloaded" };
  }
  const decoded = await imageFromBytes(bytes);
  if (!decoded.ok) return { ok: false, reason: `url ${decoded.reason}` };
  const name = `${taskId}-in1.png`;
  await files.write(name, decoded.png);
  return { ok: true, names: [name] };
}
