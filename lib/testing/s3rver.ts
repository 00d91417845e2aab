// A real S3 API server for tests: s3rver on 127.0.0.1, a random free port and its own temp
// folder, with the bucket created, in a child process (s3rver-main.ts: it needs a Node flag, and
// a test can kill it to see a store die mid-way). Its env points the studio's storage at it.
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/** s3rver's built-in account; it checks request signatures against these. */
export const S3RVER_ACCESS_KEY_ID = "S3RVER";
export const S3RVER_SECRET_ACCESS_KEY = "S3RVER";

const MAIN = path.join(__dirname, "s3rver-main.ts");
const READY_TIMEOUT_MS = 30_000;

// A type, not an interface, so it passes where an environment record is expected.
export type S3rverEnv = {
  STORAGE_URL: string;
  S3_ENDPOINT: string;
  AWS_REGION: string;
  AWS_ACCESS_KEY_ID: string;
  AWS_SECRET_ACCESS_KEY: string;
  S3_FORCE_PATH_STYLE: string;
};

export interface RunningS3rver {
  endpoint: string;
  port: number;
  directory: string;
  env: S3rverEnv;
  /** Stops the server and removes its folder (unless the caller gave it). */
  close(): Promise<void>;
  /** SIGKILL: the store dies on the spot, its folder stays (to restart on it). */
  kill(): Promise<void>;
}

export interface StartS3rverOptions {
  bucket: string;
  /** Key prefix for STORAGE_URL (s3://bucket/prefix); none by default. */
  prefix?: string;
  /** 0 (default): any free port. */
  port?: number;
  /** Where s3rver keeps objects; a fresh temp folder by default. */
  directory?: string;
  /** Create the bucket (default true); false to see what a missing bucket does. */
  createBucket?: boolean;
}

/**
 * s3rver writes an object's bytes, then its md5, then its metadata file, with no rename: killed in
 * between (as tests kill it), it leaves an object whose metadata is empty or missing, and then
 * fails every listing with InternalError. A real S3 PUT is atomic (an object is there whole or not
 * at all), so before a restart the stand-in forgets what it had not finished writing.
 */
function dropUnfinishedObjects(directory: string): void {
  if (!fs.existsSync(directory)) return;
  for (const name of fs.readdirSync(directory, { recursive: true, encoding: "utf8" })) {
    if (!name.endsWith("._S3rver_object")) continue;
    const object = path.join(directory, name);
    const metadata = object.replace(/object$/, "metadata.json");
    let finished = false;
    try {
      JSON.parse(fs.readFileSync(metadata, "utf8"));
      finished = fs.existsSync(`${object}.md5`);
    } catch {
      finished = false;
    }
    if (!finished) for (const file of [object, `${object}.md5`, metadata]) fs.rmSync(file, { force: true });
  }
}

export async function startS3rver(options: StartS3rverOptions): Promise<RunningS3rver> {
  const ownDirectory = options.directory === undefined;
  if (!ownDirectory) dropUnfinishedObjects(options.directory!);
  const directory = options.directory ?? fs.mkdtempSync(path.join(os.tmpdir(), "atelier-s3rver-"));
  const args = [
    "--openssl-legacy-provider",
    "--import",
    "tsx",
    MAIN,
    "--port",
    String(options.port ?? 0),
    "--dir",
    directory,
    "--bucket",
    options.bucket,
    "--parent-pid",
    String(process.pid),
  ];
  if (options.createBucket === false) args.push("--no-bucket");
  const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, NODE_OPTIONS: "" } });
  const endpoint = await readyEndpoint(child);
  const exited = new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : child.once("exit", () => resolve())));
  return {
    endpoint,
    port: Number(new URL(endpoint).port),
    directory,
    env: s3rverEnv(endpoint, options.bucket, options.prefix),
    async close() {
      child.kill("SIGTERM");
      await exited;
      if (ownDirectory) fs.rmSync(directory, { recursive: true, force: true });
    },
    async kill() {
      child.kill("SIGKILL");
      await exited;
    },
  };
}

function readyEndpoint(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`s3rver did not start within ${READY_TIMEOUT_MS} ms:\n${output}`));
    }, READY_TIMEOUT_MS);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /s3rver ready (\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`s3rver exited (${code}) before it was ready:\n${output}`));
    });
  });
}

/** The storage variables that point the studio at an s3rver. */
export function s3rverEnv(endpoint: string, bucket: string, prefix?: string): S3rverEnv {
  return {
    STORAGE_URL: `s3://${bucket}${prefix ? `/${prefix}` : ""}`,
    S3_ENDPOINT: endpoint,
    AWS_REGION: "us-east-1",
    AWS_ACCESS_KEY_ID: S3RVER_ACCESS_KEY_ID,
    AWS_SECRET_ACCESS_KEY: S3RVER_SECRET_ACCESS_KEY,
    // s3rver serves buckets by path (http://127.0.0.1:port/bucket/key), not by host name.
    S3_FORCE_PATH_STYLE: "true",
  };
}

/** Puts back the variables a test pointed at an s3rver (`env`) as they were in `saved`. */
export function restoreS3rverEnv(env: Partial<S3rverEnv>, saved: NodeJS.ProcessEnv): void {
  for (const name of Object.keys(env)) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
}
