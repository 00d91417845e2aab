import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createImageStorage } from "@/lib/storage/get-image-storage";
import { storageConfigFrom } from "@/lib/storage/storage-config";
import { startS3rver, type RunningS3rver } from "./s3rver";

let server: RunningS3rver | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

function filesEndingWith(dir: string, suffix: string): string[] {
  return fs.readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((name) => name.endsWith(suffix));
}

describe("the test S3 server", () => {
  it("restarted after a kill, keeps only the objects it finished writing, as S3's atomic PUT does", async () => {
    server = await startS3rver({ bucket: "atelier-kill" });
    const bucket = () => createImageStorage(storageConfigFrom(server!.env));
    await bucket().put("jobs/a/done.png", Buffer.alloc(100, 1), "image/png");
    await bucket().put("jobs/a/cut.png", Buffer.alloc(100, 2), "image/png");
    const { directory, port } = server;
    await server.kill();
    // What a SIGKILL in the middle of s3rver's PUT leaves: the object's bytes, and its metadata
    // file created but not yet written.
    const bucketDir = path.join(directory, "atelier-kill");
    const cut = filesEndingWith(bucketDir, "._S3rver_metadata.json").find((name) => name.includes("cut.png"))!;
    fs.writeFileSync(path.join(bucketDir, cut), "");

    server = await startS3rver({ bucket: "atelier-kill", directory, port });
    const keys: string[] = [];
    for await (const entry of bucket().list("")) keys.push(entry.key);
    expect(keys).toEqual(["jobs/a/done.png"]);
  });
});
