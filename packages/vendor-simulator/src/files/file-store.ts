// Image and video files under `${dir}/simulator/files/`, served at /sim/files/<name> like a vendor CDN.
//
// The CDN is public (vendors' image links need no key), so a name must not be guessable from a
// task id (issue 11 item 20): every name ends in an HMAC of its stem under a secret kept beside
// the files. The HMAC is deterministic, so rendering a task again after a crash writes the very
// same names, like a real CDN link that carries a random part.
import { createHmac, randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const NAME = /^[A-Za-z0-9_-]{1,120}\.(png|mp4)$/;

/** What the simulator stores: PNG pictures and (issue 14) MP4 clips. */
export type StoredFileType = "png" | "mp4";

function loadSecret(file: string): Buffer {
  try {
    const stored = fs.readFileSync(file, "utf8").trim();
    if (/^[0-9a-f]{64}$/.test(stored)) return Buffer.from(stored, "hex");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  const secret = randomBytes(32);
  fs.writeFileSync(file, secret.toString("hex"), { mode: 0o600 });
  return secret;
}

export class FileStore {
  readonly root: string;
  private readonly secret: Buffer;

  constructor(dir: string) {
    this.root = path.join(dir, "simulator", "files");
    fs.mkdirSync(this.root, { recursive: true });
    this.secret = loadSecret(path.join(dir, "simulator", "file-secret"));
  }

  /** Whether a name is one this store could have written (also blocks path traversal). */
  static isValidName(name: string): boolean {
    return NAME.test(name);
  }

  /** `${stem}-<24 hex>.png` (or .mp4): the same stem always gets the same unguessable name. */
  nameFor(stem: string, type: StoredFileType = "png"): string {
    const token = createHmac("sha256", this.secret).update(stem).digest("hex").slice(0, 24);
    return `${stem}-${token}.${type}`;
  }

  /** Writes atomically: a crash mid-write never leaves a half file under the final name. */
  async write(name: string, bytes: Buffer): Promise<void> {
    if (!FileStore.isValidName(name)) throw new Error(`invalid file name ${name}`);
    const target = path.join(this.root, name);
    const temp = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    await fs.promises.writeFile(temp, bytes);
    await fs.promises.rename(temp, target);
  }

  async read(name: string): Promise<Buffer | null> {
    if (!FileStore.isValidName(name)) return null;
    try {
      return await fs.promises.readFile(path.join(this.root, name));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw error;
    }
  }

  /** The public URL of a file, on the origin the caller reached the simulator through (or its CDN host). */
  static url(origin: string, name: string): string {
    return `${origin}/sim/files/${name}`;
  }
}
