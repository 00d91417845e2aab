// Where Atelier keeps its data, and that it stays private: the start script, the Prisma CLI
// config, the server entry and the studio all read these same paths.
import fs from "node:fs";
import path from "node:path";

/** The data folder: the SQLite file, images and generated secrets live here. */
export function dataDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.DATA_DIR || ".data");
}

/** The SQLite file: DATABASE_URL when it names a file, else DATA_DIR/atelier.db. */
export function databaseFile(): string {
  const url = process.env.DATABASE_URL;
  if (url && url.startsWith("file:")) return path.resolve(/*turbopackIgnore: true*/ url.slice("file:".length));
  return path.join(dataDir(), "atelier.db");
}

/** Local image storage root. */
export function imagesDir(): string {
  return path.join(dataDir(), "images");
}

/** Generated secrets (NEXTAUTH_SECRET, the master key) when not given in the environment. */
export function secretsFile(): string {
  return path.join(dataDir(), "secrets.json");
}

// Vendor keys (encrypted, but with their master key beside them), password hashes, sessions and
// every image: nobody but the studio's own user may read any of it. Folders 0700, files 0600.
const PRIVATE_DIR = 0o700;
const PRIVATE_FILE = 0o600;

/** Sets a mode on a path that exists; a path we do not own (or that is gone) is left as it is. */
function tighten(target: string, mode: number): void {
  try {
    if ((fs.statSync(target).mode & 0o777) !== mode) fs.chmodSync(target, mode);
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    if (code !== "ENOENT") console.warn(`[atelier] could not make ${target} private: ${message}`);
  }
}

/** Creates a folder (and any missing parents) readable only by this user. */
export function ensurePrivateDir(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR });
}

/**
 * Creates a file empty and 0600 when it is missing, so whatever opens it next (SQLite, which
 * gives its -wal and -shm files the database file's mode) keeps it private.
 */
export function ensurePrivateFile(file: string): void {
  ensurePrivateDir(path.dirname(file));
  fs.closeSync(fs.openSync(file, "a", PRIVATE_FILE));
}

/**
 * At start: the data folder 0700 and the database file 0600 before the migrations open it; and
 * what an older version created with looser modes tightened.
 */
export function preparePrivateDataDir(): void {
  ensurePrivateDir(dataDir());
  tighten(dataDir(), PRIVATE_DIR);
  const database = databaseFile();
  ensurePrivateFile(database);
  for (const file of [database, `${database}-wal`, `${database}-shm`, `${database}-journal`, secretsFile(), path.join(dataDir(), "first-admin.txt")]) {
    tighten(file, PRIVATE_FILE);
  }
  tighten(imagesDir(), PRIVATE_DIR);
}
