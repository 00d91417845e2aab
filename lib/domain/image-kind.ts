// What a stored image is (Image.kind): a grid (index 0) and its tiles (1..4), or one upscale (index 0),
// or a video clip (index 1..4, one per clip of the batch: storageKey is the MP4, posterKey its still).
import { z } from "zod";

export const IMAGE_KINDS = ["GRID", "TILE", "UPSCALE", "VIDEO"] as const;
export type ImageKind = (typeof IMAGE_KINDS)[number];
export const imageKindSchema = z.enum(IMAGE_KINDS);
