// Image storage on the local disk (the embedded default, under DATA_DIR/images).
import { randomBytes } from "node:crypto";
import fs, { type FileHandle } from "node:fs/promises";
import path from "node:path";
import type { ImageStorage, StoredObject, StoredObjectEntry, StoredObjectInfo } from "./image-storage";
import { assertValidStorageKey, InvalidStorageKeyError, isValidStorageKey } from "./storage-key";

const STREAM_CHUNK_BYTES = 64 * 1024;
const TEMP_PREFIX = ".tmp-";

export class LocalFileStorage implements ImageStorage {
  readonly root: string;

  constructor(root: string) {
    this.root = path.resolve(root);
  }

  /** The file behind a key, refusing anything that would land outside the root. */
  pathFor(key: string): string {
    assertValidStorageKey(key);
    const file = path.resolve(this.root, ...key.split("/"));
    // The key check already forbids "..": this is the belt to its braces.
    if (!file.startsWith(this.root + path.sep)) throw new InvalidStorageKeyError(key);
    return file;
  }

  async put(key: string, bytes: Buffer, _contentType: string): Promise<void> {
    const file = this.pathFor(key);
    const dir = path.dirname(file);
    // Readable only by the studio's user: folders 0700, files 0600.
    const firstCreated = await fs.mkdir(dir, { recursive: true, mode: 0o700 });
    // Same directory as the target so rename() is atomic; the leading dot keeps it out of the
    // key space, so a crash leftover can never be served or mistaken for an image.
    const temp = path.join(dir, `${TEMP_PREFIX}${randomBytes(8).toString("hex")}-${path.basename(file)}`);
    let handle: FileHandle | undefined;
    try {
      handle = await fs.open(temp, "wx", 0o600);
      await handle.writeFile(bytes);
      await handle.sync();
      await handle.close();
      handle = undefined;
      await fs.rename(temp, file);
    } catch (error) {
      await handle?.close().catch(() => undefined);
      await fs.rm(temp, { force: true }).catch(() => undefined);
      throw error;
    }
    // The rename (and any new folders) are durable only once their directories are synced.
    for (const d of directoriesToSync(firstCreated, dir)) await syncDirectory(d);
  }

  async get(key: string): Promise<StoredObject | null> {
    const file = this.pathFor(key);
    let handle: FileHandle;
    try {
      handle = await fs.open(file, "r");
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
    try {
      // Size from the open handle: a concurrent put() renames a new file in, it never
      // changes this one, so the size and the bytes streamed always agree.
      const info = await handle.stat();
      if (!info.isFile()) {
        await handle.close();
        return null;
      }
      return { body: streamFile(handle), size: info.size };
    } catch (error) {
      await handle.close().catch(() => undefined);
      throw error;
    }
  }

  async read(key: string): Promise<Buffer | null> {
    try {
      return await fs.readFile(this.pathFor(key));
    } catch (error) {
      // A folder is not an object (as get() and stat() already said).
      if (isMissing(error) || (error as NodeJS.ErrnoException).code === "EISDIR") return null;
      throw error;
    }
  }

  async exists(key: string): Promise<boolean> {
    return (await this.stat(key)) !== null;
  }

  async stat(key: string): Promise<StoredObjectInfo | null> {
    try {
      const info = await fs.stat(this.pathFor(key));
      return info.isFile() ? { size: info.size, modifiedAt: info.mtime } : null;
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    try {
      await fs.unlink(this.pathFor(key));
    } catch (error) {
      if (!isMissing(error)) throw error;
    }
  }

  async *list(prefix: string): AsyncIterable<StoredObjectEntry> {
    if (prefix !== "" && !prefix.endsWith("/")) throw new InvalidStorageKeyError(prefix);
    const dir = prefix === "" ? this.root : path.dirname(this.pathFor(`${prefix}x`));
    for (const file of await walk(dir)) {
      const key = path.relative(this.root, file).split(path.sep).join("/");
      // Temp files and anything else outside the key space are not objects.
      if (!isValidStorageKey(key)) continue;
      const info = await fs.stat(file).catch(() => null);
      if (info?.isFile()) yield { key, size: info.size, modifiedAt: info.mtime };
    }
  }

  async removeAbandonedWrites(before: Date): Promise<number> {
    let removed = 0;
    for (const file of await walk(this.root)) {
      if (!path.basename(file).startsWith(TEMP_PREFIX)) continue;
      const info = await fs.stat(file).catch(() => null);
      if (!info?.isFile() || info.mtime >= before) continue;
      await fs.rm(file, { force: true });
      removed++;
    }
    return removed;
  }
}

/** Every file under a folder (none when it does not exist). */
async function walk(dir: string): Promise<string[]> {
  try {
    const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
    return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
  } catch (error) {
    if (isMissing(error)) return [];
    throw error;
  }
}

function streamFile(handle: FileHandle): ReadableStream<Uint8Array> {
  let position = 0;
  const close = () => handle.close().catch(() => undefined);
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const buffer = Buffer.allocUnsafe(STREAM_CHUNK_BYTES);
        const { bytesRead } = await handle.read(buffer, 0, STREAM_CHUNK_BYTES, position);
        if (bytesRead === 0) {
          await close();
          controller.close();
          return;
        }
        position += bytesRead;
        controller.enqueue(buffer.subarray(0, bytesRead));
      } catch (error) {
        await close();
        controller.error(error);
      }
    },
    // The client went away: release the file descriptor now rather than at garbage collection.
    cancel: close,
  });
}

/** The target's directory, plus every folder mkdir just created and the parent that gained it. */
function directoriesToSync(firstCreated: string | undefined, dir: string): string[] {
  if (!firstCreated) return [dir];
  const dirs = [path.dirname(firstCreated)];
  for (let d = dir; d !== path.dirname(firstCreated); d = path.dirname(d)) dirs.push(d);
  return dirs;
}

async function syncDirectory(dir: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await fs.open(dir, "r");
    await handle.sync();
  } catch {
    // Some platforms and file systems cannot fsync a directory; the data itself is synced.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === "ENOENT" || code === "ENOTDIR";
}
