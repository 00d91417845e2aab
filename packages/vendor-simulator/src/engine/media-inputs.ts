// The pictures a video or an edit submit brings (issue 14), in both protocols: an http(s) URL
// or base64 (a data URL or bare, which trueai reads as PNG: SubmitController.cs:805-811).
// They are saved as files at submit, so the task renders later, even after a restart.
import { decodeBase64, imageFromBytes } from "../image/decode-image-input";
import { maskFromAlpha, maskFromWhite } from "../image/edit-mask";
import type { SimulatorContext } from "../simulator-context";
import { loadUrlBytes } from "./save-input-images";
import sharp from "sharp";

type Loaded = { ok: true; bytes: Buffer } | { ok: false; reason: string };

/** The raw bytes of a picture given as URL or base64; `field` names it in the refusal. */
export async function loadImageInput(ctx: SimulatorContext, value: string, field: string): Promise<Loaded> {
  const trimmed = value.trim();
  if (/^https?:\/\//i.test(trimmed)) {
    const loaded = await loadUrlBytes(ctx.files, trimmed, ctx.options.fetchPolicy);
    return loaded.ok ? loaded : { ok: false, reason: `${field} ${loaded.reason}` };
  }
  const decoded = decodeBase64(trimmed, "optional");
  return decoded.ok ? { ok: true, bytes: decoded.bytes } : { ok: false, reason: `${field} ${decoded.reason} (send an http(s) URL or base64)` };
}

/** Loads, checks and saves one picture under `${taskId}-${suffix}`; the file name or a refusal. */
export async function saveImageInput(
  ctx: SimulatorContext,
  taskId: string,
  suffix: string,
  value: string,
  field: string,
): Promise<{ ok: true; name: string } | { ok: false; reason: string }> {
  const loaded = await loadImageInput(ctx, value, field);
  if (!loaded.ok) return loaded;
  const image = await imageFromBytes(loaded.bytes);
  if (!image.ok) return { ok: false, reason: `${field} ${image.reason}` };
  const name = ctx.files.nameFor(`${taskId}-${suffix}`);
  await ctx.files.write(name, image.png);
  return { ok: true, name };
}

/** A video's start frame and optional end frame as task inputs [start, end?]. */
export async function saveVideoInputs(
  ctx: SimulatorContext,
  taskId: string,
  image: string,
  endImage: string | undefined,
  names: { image: string; end: string },
) {
  const start = await saveImageInput(ctx, taskId, "in1", image, names.image);
  if (!start.ok) return start;
  if (!endImage?.trim()) return { ok: true as const, inputs: [start.name] };
  const end = await saveImageInput(ctx, taskId, "in2", endImage, names.end);
  return end.ok ? { ok: true as const, inputs: [start.name, end.name] } : end;
}

/**
 * An edit's picture and its edit area (transparent pixels, or the white of `maskBase64`), or a
 * retexture's picture alone. The picture is saved without its alpha; the mask beside it.
 */
export async function saveEditInputs(
  ctx: SimulatorContext,
  taskId: string,
  kind: "edit" | "retexture",
  image: string,
  maskBase64: string | undefined,
  imageField: string,
): Promise<{ ok: true; inputs: string[]; mask?: string } | { ok: false; reason: string }> {
  const loaded = await loadImageInput(ctx, image, imageField);
  if (!loaded.ok) return loaded;
  const picture = await imageFromBytes(loaded.bytes);
  if (!picture.ok) return { ok: false, reason: `${imageField} ${picture.reason}` };
  const inputName = ctx.files.nameFor(`${taskId}-in1`);
  if (kind === "retexture") {
    await ctx.files.write(inputName, picture.png);
    return { ok: true, inputs: [inputName] };
  }
  let mask;
  if (maskBase64?.trim()) {
    const decoded = decodeBase64(maskBase64, "optional");
    if (!decoded.ok) return { ok: false, reason: `maskBase64 ${decoded.reason}` };
    const meta = await sharp(loaded.bytes).metadata();
    mask = await maskFromWhite(decoded.bytes, meta.width ?? 0, meta.height ?? 0);
  } else {
    mask = await maskFromAlpha(loaded.bytes);
  }
  if (!mask.ok) return mask;
  const maskName = ctx.files.nameFor(`${taskId}-mask`);
  await Promise.all([ctx.files.write(inputName, picture.png), ctx.files.write(maskName, mask.png)]);
  return { ok: true, inputs: [inputName], mask: maskName };
}
