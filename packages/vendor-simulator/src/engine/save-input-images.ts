// Input images of a submit (blend, describe, face swap, image prompts) saved as files before
// the task exists, so rendering can happen later, even after a restart.
import type { FileStore } from "../files/file-store";
import { checkFetchableUrl, ownFileName } from "../http/url-policy";
import { decodeImageInput, imageFromBytes } from "../image/decode-image-input";

export type SavedInputs = { ok: true; names: string[] } | { ok: false; reason: string };

const MAX_DOWNLOAD_BYTES = 20 * 1024 * 1024;

export async function saveInputImages(files: FileStore, taskId: string, values: string[], prefix: "required" | "forbidden" | "optional"): Promise<SavedInputs> {
  const names: string[] = [];
  for (const [i, value] of values.entries()) {
    const decoded = await decodeImageInput(value, prefix);
    if (!decoded.ok) return { ok: false, reason: `[${i}] ${decoded.reason}` };
    const name = files.nameFor(`${taskId}-in${i + 1}`);
    await files.write(name, decoded.png);
    names.push(name);
  }
  return { ok: true, names };
}

/** Downloads a picture the URL policy allows: no redirects (they could lead anywhere), a size cap. */
async function download(url: URL): Promise<{ ok: true; bytes: Buffer } | { ok: false; reason: string }> {
  const response = await fetch(url, { signal: AbortSignal.timeout(10_000), redirect: "manual" });
  if (response.status >= 300 && response.status < 400) {
    await response.body?.cancel();
    return { ok: false, reason: "redirects elsewhere; the simulator follows no redirects" };
  }
  if (!response.ok) {
    await response.body?.cancel();
    return { ok: false, reason: `could not be downloaded (HTTP ${response.status})` };
  }
  const chunks: Buffer[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  for (let part = await reader?.read(); reader && part && !part.done; part = await reader.read()) {
    size += part.value.length;
    if (size > MAX_DOWNLOAD_BYTES) {
      await reader.cancel();
      return { ok: false, reason: "points to a file that is too large" };
    }
    chunks.push(Buffer.from(part.value));
  }
  return { ok: true, bytes: Buffer.concat(chunks) };
}

/**
 * An image given by URL (the reason in a refusal reads after the field name, e.g. "url ...").
 * The simulator's own /sim/files/... pictures are read from disk; anything else is fetched only
 * when the URL policy allows it (loopback, for tests), never following a redirect.
 */
export async function saveInputFromUrl(files: FileStore, taskId: string, url: string, allowLoopback: boolean): Promise<SavedInputs> {
  let bytes: Buffer | null;
  const own = ownFileName(url);
  if (own) {
    bytes = await files.read(own);
    if (!bytes) return { ok: false, reason: "points to no file of the simulator" };
  } else {
    const verdict = checkFetchableUrl(url, allowLoopback);
    if (!verdict.ok) return verdict;
    try {
      const fetched = await download(verdict.url);
      if (!fetched.ok) return fetched;
      bytes = fetched.bytes;
    } catch {
      return { ok: false, reason: "could not be downloaded" };
    }
  }
  const decoded = await imageFromBytes(bytes);
  if (!decoded.ok) return { ok: false, reason: decoded.reason };
  const name = files.nameFor(`${taskId}-in1`);
  await files.write(name, decoded.png);
  return { ok: true, names: [name] };
}
