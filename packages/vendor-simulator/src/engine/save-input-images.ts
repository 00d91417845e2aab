// Input images of a submit (blend, describe, face swap, image prompts) saved as files before
// the task exists, so rendering can happen later, even after a restart.
import type { FileStore } from "../files/file-store";
import { checkFetchableUrl, ownFileName, type FetchPolicy } from "../http/url-policy";
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
export async function saveInputFromUrl(files: FileStore, taskId: string, url: string, policy: FetchPolicy): Promise<SavedInputs> {
  const loaded = await loadUrlBytes(files, url, policy);
  if (!loaded.ok) return loaded;
  const decoded = await imageFromBytes(loaded.bytes);
  if (!decoded.ok) return { ok: false, reason: decoded.reason };
  const name = files.nameFor(`${taskId}-in1`);
  await files.write(name, decoded.png);
  return { ok: true, names: [name] };
}

/** The bytes behind an image URL, as they are (transparency included): own files from disk, others by the URL policy. */
export async function loadUrlBytes(files: FileStore, url: string, policy: FetchPolicy): Promise<{ ok: true; bytes: Buffer } | { ok: false; reason: string }> {
  const own = ownFileName(url);
  if (own) {
    const bytes = await files.read(own);
    return bytes ? { ok: true, bytes } : { ok: false, reason: "points to no file of the simulator" };
  }
  const verdict = checkFetchableUrl(url, policy);
  if (!verdict.ok) return verdict;
  try {
    return await download(verdict.url);
  } catch {
    return { ok: false, reason: "could not be downloaded" };
  }
}
