import zlib from "node:zlib";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { inspectImage, sniffImageFormat } from "./inspect-image";

const tiny = (format: "png" | "jpeg" | "webp") =>
  sharp({ create: { width: 6, height: 4, channels: 3, background: "#3366aa" } })
    [format]()
    .toBuffer();

/** A PNG whose header claims another size (a decompression bomb's calling card). */
function withPngSize(png: Buffer, width: number, height: number): Buffer {
  const out = Buffer.from(png);
  out.writeUInt32BE(width, 16);
  out.writeUInt32BE(height, 20);
  out.writeUInt32BE(zlib.crc32(out.subarray(12, 29)), 29);
  return out;
}

describe("inspecting a downloaded image", () => {
  it.each(["png", "jpeg", "webp"] as const)("accepts %s with its size and MIME type", async (format) => {
    const info = await inspectImage(await tiny(format), "image");
    expect(info).toMatchObject({ format, width: 6, height: 4, mime: `image/${format}` });
  });

  it("knows formats by their first bytes, not by what a server says", async () => {
    expect(sniffImageFormat(await tiny("png"))).toBe("png");
    expect(sniffImageFormat(Buffer.from("<svg/>"))).toBeNull();
    expect(sniffImageFormat(Buffer.from("RIFF\0\0\0\0WAVEfmt "))).toBeNull();
  });

  it("refuses an image too large to decode safely", async () => {
    const bomb = withPngSize(await tiny("png"), 20000, 20000);
    await expect(inspectImage(bomb, "grid image")).rejects.toMatchObject({ code: "TOO_LARGE", retryable: false });
  });

  it("refuses a GIF and a TIFF even though sharp could read them", async () => {
    await expect(
      inspectImage(
        await sharp({ create: { width: 2, height: 2, channels: 3, background: "#000" } })
          .gif()
          .toBuffer(),
        "image",
      ),
    ).rejects.toMatchObject({ code: "NOT_AN_IMAGE" });
    await expect(
      inspectImage(
        await sharp({ create: { width: 2, height: 2, channels: 3, background: "#000" } })
          .tiff()
          .toBuffer(),
        "image",
      ),
    ).rejects.toMatchObject({ code: "NOT_AN_IMAGE" });
  });
});
