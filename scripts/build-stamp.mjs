// Knows whether .next holds a build of the current source: a hash of every file that
// goes into the build, stored beside the build when it finishes.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const INPUTS = [
  "app",
  "packages",
  "components",
  "lib",
  "public",
  "prisma/schema.prisma",
  "instrumentation.ts",
  "proxy.ts",
  "next.config.mjs",
  "postcss.config.mjs",
  "tsconfig.json",
  "package.json",
  "package-lock.json",
];
const SKIP = /(^|\/)(node_modules|\.next[^/]*|generated)(\/|$)|\.test\.tsx?$/;

function walk(root, rel, out) {
  const full = path.join(root, rel);
  if (!fs.existsSync(full) || SKIP.test(rel)) return;
  const stat = fs.statSync(full);
  if (stat.isDirectory()) {
    for (const name of fs.readdirSync(full).sort()) walk(root, path.join(rel, name), out);
  } else {
    out.push(rel);
  }
}

export function sourceHash(root) {
  const files = [];
  for (const input of INPUTS) walk(root, input, files);
  const hash = createHash("sha256");
  for (const file of files) {
    hash.update(file);
    hash.update(fs.readFileSync(path.join(root, file)));
  }
  return hash.digest("hex");
}

const distDir = (root) => path.join(root, process.env.NEXT_DIST_DIR || ".next");
const stampFile = (root) => path.join(distDir(root), "atelier-source-hash");

export function buildIsCurrent(root) {
  if (!fs.existsSync(path.join(distDir(root), "BUILD_ID"))) return false;
  try {
    return fs.readFileSync(stampFile(root), "utf8").trim() === sourceHash(root);
  } catch {
    return false;
  }
}

export function writeBuildStamp(root) {
  fs.writeFileSync(stampFile(root), sourceHash(root));
}
