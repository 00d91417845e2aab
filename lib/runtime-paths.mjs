// Where Atelier keeps its data. Plain ESM so the start script, the Prisma CLI
// config and the server all agree without a build step.
import path from "node:path";

/** The data folder: the SQLite file, images and generated secrets live here. */
export function dataDir() {
  return path.resolve(/*turbopackIgnore: true*/ process.env.DATA_DIR || ".data");
}

/** The SQLite file: DATABASE_URL when it names a file, else DATA_DIR/atelier.db. */
export function databaseFile() {
  const url = process.env.DATABASE_URL;
  if (url && url.startsWith("file:")) return path.resolve(/*turbopackIgnore: true*/ url.slice("file:".length));
  return path.join(dataDir(), "atelier.db");
}

/** Local image storage root. */
export function imagesDir() {
  return path.join(dataDir(), "images");
}

/** Generated secrets (NEXTAUTH_SECRET, the master key) when not given in the environment. */
export function secretsFile() {
  return path.join(dataDir(), "secrets.json");
}
