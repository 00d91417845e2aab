// Draws a task's output when it starts running. Everything is derived from stored inputs and
// the task's seed, so rendering again after a crash writes identical files.
import { createHash } from "node:crypto";
import type { FileStore } from "../files/file-store";
import { applyInpaint } from "../image/apply-inpaint";
import { formatAspect } from "../image/aspect-ratio";
import { blendTile } from "../image/blend-images";
import { checkMask } from "../image/check-mask";
import { drawGrid } from "../image/draw-grid";
import { drawTile } from "../image/draw-tile";
import { expandCanvas } from "../image/expand-canvas";
import { extractTile } from "../image/extract-tile";
import { fitGridTile } from "../image/image-limits";
import { measureImage } from "../image/measure-image";
import { outpaintLayout, type Outpaint } from "../image/outpaint-layout";
import { overlayPattern } from "../image/overlay-pattern";
import { hashSeed } from "../image/seeded-random";
import { swapFace } from "../image/swap-face";
import { upscaleImage } from "../image/upscale-image";
import type { TaskStore } from "../store/task-store";
import type { TaskResult, TaskRow } from "../store/task-types";
import { describePrompts } from "../text/describe-prompts";
import { shortenPrompt } from "../text/shorten-prompt";
import { offeredActions } from "./offered-actions";
import { renderVideo, type VideoOutput } from "./render-video";
import { editTileSize } from "../image/edit-ratio";
import { editTile, retextureTile } from "../image/edit-image";
import { taskHash } from "./task-hash";

export interface RenderDeps {
  store: TaskStore;
  files: FileStore;
  /** midjourney-proxy buttons for the offered actions (TTAPI tasks get none). */
  buttonsFor: (row: TaskRow, actions: string[], hash: string, shape: TaskResult["shape"]) => TaskResult["buttons"];
}

type Output =
  | { shape: "grid"; tiles: Buffer[]; width: number; height: number }
  | { shape: "single"; image: Buffer }
  | { shape: "text"; prompts: string[]; image?: string }
  | ({ shape: "video" } & VideoOutput);

async function readFile(deps: RenderDeps, name: string | undefined): Promise<Buffer> {
  const bytes = name ? await deps.files.read(name) : null;
  if (!bytes) throw new Error(`input image ${name ?? "(none)"} is missing`);
  return bytes;
}

/** The finished picture of another task (the parent, or the source of a redo). */
async function sourceImage(deps: RenderDeps, row: TaskRow): Promise<Buffer> {
  const source = deps.store.get(row.params.sourceId ?? row.parentId ?? "");
  return readFile(deps, source?.result?.image);
}

async function grid(row: TaskRow, width: number, height: number, drawOne: (seed: number, i: number) => Promise<Buffer>): Promise<Output> {
  const tiles = await Promise.all([0, 1, 2, 3].map((i) => drawOne(hashSeed(row.params.seed, i), i)));
  return { shape: "grid", tiles, width, height };
}

async function outpaint(deps: RenderDeps, row: TaskRow, op: Outpaint): Promise<Output> {
  const source = await sourceImage(deps, row);
  const size = await measureImage(source);
  const layout = outpaintLayout(size.width, size.height, op);
  return grid(row, layout.canvasWidth, layout.canvasHeight, (seed) => expandCanvas(source, layout, seed));
}

async function draw(deps: RenderDeps, row: TaskRow): Promise<Output> {
  const p = row.params;
  const tw = p.tileWidth ?? 512;
  const th = p.tileHeight ?? 512;
  switch (row.kind) {
    case "imagine":
    case "reroll": {
      // Image prompts tint the tiles, so a reference visibly steers the result.
      const reference = p.inputs?.[0] ? await readFile(deps, p.inputs[0]) : null;
      return grid(row, tw, th, (seed) => (reference ? overlayPattern(reference, seed, tw, th, 0.6) : drawTile(seed, tw, th)));
    }
    case "variation": {
      const parent = deps.store.get(row.params.sourceId ?? "");
      const tile = await extractTile(await readFile(deps, parent?.result?.image), p.index ?? 1);
      return grid(row, tw, th, (seed) => overlayPattern(tile, seed, tw, th, 0.35));
    }
    case "blend": {
      const inputs = await Promise.all((p.inputs ?? []).map((name) => readFile(deps, name)));
      return grid(row, tw, th, (seed, i) => blendTile(inputs, i, seed, tw, th));
    }
    case "vary": {
      const source = await sourceImage(deps, row);
      const size = await measureImage(source);
      const fitted = fitGridTile(size.width, size.height);
      return grid(row, fitted.width, fitted.height, (seed) => overlayPattern(source, seed, fitted.width, fitted.height, p.strength === "strong" ? 0.5 : 0.2));
    }
    case "upsample":
      return { shape: "single", image: await extractTile(await sourceImage(deps, row), p.index ?? 1) };
    case "upscale":
      return { shape: "single", image: await upscaleImage(await sourceImage(deps, row), p.upscale ?? "subtle") };
    case "zoom":
      return outpaint(deps, row, { zoom: p.zoom ?? 2 });
    case "pan":
      return outpaint(deps, row, { pan: p.pan ?? "left" });
    case "make_square":
      return outpaint(deps, row, { square: true });
    case "inpaint": {
      const source = await sourceImage(deps, row);
      const size = await measureImage(source);
      const mask = await checkMask(await readFile(deps, p.mask), size.width, size.height);
      if (!mask.ok) throw new Error(mask.reason);
      return { shape: "single", image: await applyInpaint(source, mask.grey, p.seed) };
    }
    case "swap_face":
      return { shape: "single", image: await swapFace(await readFile(deps, p.inputs?.[0]), await readFile(deps, p.inputs?.[1])) };
    case "describe": {
      const input = await readFile(deps, p.inputs?.[0]);
      const size = await measureImage(input);
      const digest = createHash("sha256").update(input).digest("hex");
      return { shape: "text", prompts: describePrompts(digest, formatAspect(size.width, size.height)), image: p.inputs?.[0] };
    }
    case "shorten":
      return { shape: "text", prompts: shortenPrompt(row.prompt) };
    case "video":
    case "video_upscale":
      return { shape: "video", ...(await renderVideo(deps.files, deps.store, row)) };
    case "edit":
    case "retexture": {
      const input = await readFile(deps, p.inputs?.[0]);
      const size = await measureImage(input);
      const tile = editTileSize(size.width, size.height);
      const mask = row.kind === "edit" ? await readFile(deps, p.mask) : null;
      return grid(row, tile.width, tile.height, (seed) =>
        mask ? editTile(input, mask, seed, tile.width, tile.height) : retextureTile(input, seed, tile.width, tile.height),
      );
    }
  }
}

/** Renders and stores a task's files; returns its result without `readyAt` (the caller stamps it). */
export async function renderTask(deps: RenderDeps, row: TaskRow): Promise<Omit<TaskResult, "readyAt">> {
  const output = await draw(deps, row);
  const hash = taskHash(row.id);
  const seed = String(row.params.seed);
  if (output.shape === "text") {
    const size = output.image ? await measureImage(await readFile(deps, output.image)) : undefined;
    const actions = offeredActions(row, "text", 0, 0);
    return {
      shape: "text",
      image: output.image,
      width: size?.width,
      height: size?.height,
      prompts: output.prompts,
      seed,
      actions,
      hash,
      buttons: deps.buttonsFor(row, actions, hash, "text"),
    };
  }
  if (output.shape === "video") {
    const actions = offeredActions(row, "video", output.width, output.height);
    // The first clip's poster stands in as the task's picture (its thumbnail).
    return {
      shape: "video",
      image: output.clips[0]?.poster,
      clips: output.clips,
      width: output.width,
      height: output.height,
      seed,
      actions,
      hash,
      buttons: deps.buttonsFor(row, actions, hash, "video"),
    };
  }
  const image = deps.files.nameFor(row.id);
  if (output.shape === "single") {
    await deps.files.write(image, output.image);
    const size = await measureImage(output.image);
    const actions = offeredActions(row, "single", size.width, size.height);
    return { shape: "single", image, ...size, seed, actions, hash, buttons: deps.buttonsFor(row, actions, hash, "single") };
  }
  const tiles = output.tiles.map((_, i) => deps.files.nameFor(`${row.id}-${i + 1}`));
  await Promise.all(output.tiles.map((bytes, i) => deps.files.write(tiles[i], bytes)));
  await deps.files.write(image, await drawGrid(output.tiles, output.width, output.height));
  const actions = offeredActions(row, "grid", output.width * 2, output.height * 2);
  return {
    shape: "grid",
    image,
    tiles,
    width: output.width * 2,
    height: output.height * 2,
    seed,
    actions,
    hash,
    buttons: deps.buttonsFor(row, actions, hash, "grid"),
  };
}
