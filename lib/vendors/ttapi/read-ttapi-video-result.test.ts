import { describe, expect, it } from "vitest";
import { fixture } from "../fixtures/read-fixture";
import { parseVendorCallback } from "../parse-vendor-callback";
import { readTtapiVideoResult } from "./read-ttapi-video-result";

const mp4 = (i: number) => `https://cdnb.ttapi.io/v/${i}.mp4`;

describe("readTtapiVideoResult (TTAPI's video fields are undocumented: one tolerant reader)", () => {
  it("reads the simulator's shape: videoUrls strings, posters in images", () => {
    const data = (fixture("ttapi-video-fetch-assumed.json") as { data: unknown }).data;
    expect(readTtapiVideoResult(data)).toEqual({
      videoUrls: [0, 1, 2, 3].map((i) => `https://cdnb.ttapi.io/2026-03-01/video/b1f2c3d4_${i}.mp4`),
      posterUrl: "https://cdnb.ttapi.io/2026-03-01/video/b1f2c3d4_0.webp",
    });
  });

  it("reads {url, thumbnail} objects, preferring a clip's own thumbnail as the poster", () => {
    expect(
      readTtapiVideoResult({ videoUrls: [{ url: mp4(0), thumbnail: "https://cdnb.ttapi.io/v/0.webp" }, { url: mp4(1) }], images: ["https://x/p.png"] }),
    ).toEqual({
      videoUrls: [mp4(0), mp4(1)],
      posterUrl: "https://cdnb.ttapi.io/v/0.webp",
    });
  });

  it("falls back to videoUrl, then videos; the poster to cdnImage", () => {
    expect(readTtapiVideoResult({ videoUrl: mp4(0), cdnImage: "https://cdnb.ttapi.io/v/c.png" })).toEqual({
      videoUrls: [mp4(0)],
      posterUrl: "https://cdnb.ttapi.io/v/c.png",
    });
    expect(readTtapiVideoResult({ videos: [mp4(1), { url: mp4(2) }] })).toEqual({ videoUrls: [mp4(1), mp4(2)] });
  });

  it("gives no clips for an image job, nothing for junk, and skips entries that are not web addresses", () => {
    expect(readTtapiVideoResult({ cdnImage: "https://cdnb.ttapi.io/a.png", images: [] }).videoUrls).toEqual([]);
    expect(readTtapiVideoResult(null)).toEqual({ videoUrls: [] });
    expect(readTtapiVideoResult({ videoUrls: ["", 7, "file:///etc/passwd", mp4(3)] }).videoUrls).toEqual([mp4(3)]);
  });

  it("recognises a video in a webhook, which does not say what family the task is", () => {
    const connection = { protocol: "ttapi" as const, profile: "generic" as const, baseUrl: "https://api.ttapi.io" };
    const snapshot = parseVendorCallback(connection, fixture("ttapi-video-fetch-assumed.json"));
    expect(snapshot?.videoUrls).toHaveLength(4);
    expect(snapshot).not.toHaveProperty("tileUrls");
    expect(parseVendorCallback(connection, fixture("ttapi-callback-success.json"))).not.toHaveProperty("videoUrls");
  });
});
