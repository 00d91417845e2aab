// Image files under `${dir}/simulator/files/`, served at /sim/files/<name> like a vendor CDN.
import fs from "node:fs";
import path from "node:path";

const NAME = /^[A-Za-z0-9_-]{1,120}\.png$/;

export class FileStore {
  readonly root: string;

  constructor(dir: string) {
    this.root = path.join(dir, "simulator", "files");
    fs.mkdirSync(this.root, { recursive: true });
  }

  /** Whether a name is one this store could have written (also blocks path traversal). */
  static isValidName(name: string): boolean {
    return NAME.test(name);
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

  /** The public URL of a file, on the origin the caller reached the simulator through. */
  static url(origin: string, name: string): string {
    return `${origin}/sim/files/${name}`;
  }
}
