import { describe, expect, it } from "vitest";
import { sniffImageType } from "./sniff-image-type";

const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p, "latin1") : Buffer.from(p))));

describe("[H11.15] sniffing an upload's format from its first bytes", () => {
  it.each([
    ["png", bytes([0x89], "PNG\r\n\x1a\n", "rest")],
    ["jpeg", bytes([0xff, 0xd8, 0xff, 0xe0], "JFIF")],
    ["webp", bytes("RIFF", [1, 2, 3, 4], "WEBPVP8 ")],
    ["gif", bytes("GIF89a", [1, 0])],
    ["gif", bytes("GIF87a", [1, 0])],
  ])("recognises %s", (type, input) => {
    expect(sniffImageType(input)).toBe(type);
  });

  it.each([
    ["svg", bytes('<svg xmlns="http://www.w3.org/2000/svg"/>')],
    ["svg with an XML prologue", bytes('<?xml version="1.0"?><svg/>')],
    ["tiff (little-endian)", bytes("II*\0")],
    ["tiff (big-endian)", bytes("MM\0*")],
    ["heif", bytes([0, 0, 0, 0x18], "ftypheic")],
    ["avif", bytes([0, 0, 0, 0x1c], "ftypavif")],
    ["bmp", bytes("BM", [0, 0, 0, 0])],
    ["a RIFF that is not WebP", bytes("RIFF", [1, 2, 3, 4], "AVI ")],
    ["a truncated PNG signature", bytes([0x89], "PNG")],
    ["nothing", Buffer.alloc(0)],
  ])("refuses %s", (_name, input) => {
    expect(sniffImageType(input)).toBeNull();
  });
});
