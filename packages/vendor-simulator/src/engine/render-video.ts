// Draws a video task's clips: a batch from a start picture (animate, /mj/submit/video, TTAPI
// video/submit), the continuation of a parent clip's last frame (extend), or one clip of a
// batch picked as its own task (video_virtual_upscale). Files: per clip an MP4, its poster (the
// first frame) and its last frame, all named from the task id so a re-render writes the same.
import type { FileStore } from "../files/file-store";
import { measureImage } from "../image/measure-image";
import { hashSeed } from "../image/seeded-random";
import type { TaskStore } from "../store/task-store";
import type { TaskRow, VideoClipFiles } from "../store/task-types";
import { drawClip } from "../video/draw-clip";
import { videoSize } from "../video/video-size";

export interface VideoOutput {
  clips: VideoClipFiles[];
  width: number;
  height: number;
}

async function mustRead(files: FileStore, name: string | undefined, what: string): Promise<Buffer> {
  const bytes = name ? await files.read(name) : null;
  if (!bytes) throw new Error(`${what} is missing`);
  return bytes;
}

function clipNames(files: FileStore, row: TaskRow, i: number): VideoClipFiles {
  return {
    video: files.nameFor(`${row.id}-v${i + 1}`, "mp4"),
    poster: files.nameFor(`${row.id}-v${i + 1}-poster`),
    last: files.nameFor(`${row.id}-v${i + 1}-last`),
  };
}

/** The first frame: the parent clip's last frame (extend), the submitted image, or the parent's picture (Animate). */
async function startFrame(files: FileStore, store: TaskStore, row: TaskRow): Promise<Buffer> {
  const p = row.params;
  const parent = store.get(p.sourceId ?? row.parentId ?? "");
  if (p.extendClip) return mustRead(files, parent?.result?.clips?.[p.extendClip - 1]?.last, "the parent clip");
  if (p.inputs?.[0]) return mustRead(files, p.inputs[0], "the start image");
  return mustRead(files, parent?.result?.image, "the parent picture");
}

async function pickClip(files: FileStore, store: TaskStore, row: TaskRow): Promise<VideoOutput> {
  const parent = store.get(row.params.sourceId ?? row.parentId ?? "");
  const source = parent?.result?.clips?.[(row.params.index ?? 1) - 1];
  if (!source) throw new Error("the picked clip does not exist");
  const names = clipNames(files, row, 0);
  for (const key of ["video", "poster", "last"] as const) await files.write(names[key], await mustRead(files, source[key], "the picked clip"));
  return { clips: [names], width: parent?.result?.width ?? 0, height: parent?.result?.height ?? 0 };
}

export async function renderVideo(files: FileStore, store: TaskStore, row: TaskRow): Promise<VideoOutput> {
  if (row.kind === "video_upscale") return pickClip(files, store, row);
  const p = row.params;
  const start = await startFrame(files, store, row);
  const measured = await measureImage(start);
  const size = videoSize(p.resolution ?? "sd", measured.width, measured.height);
  // --end loop: the clip returns to its first frame (trueai TaskService.cs:696-700).
  const end = p.inputs?.[1] ? await mustRead(files, p.inputs[1], "the end image") : p.loop ? start : undefined;
  const clips: VideoClipFiles[] = [];
  for (let i = 0; i < (p.batch ?? 1); i += 1) {
    const clip = await drawClip({ start, end, motion: p.motion ?? "low", seed: hashSeed(p.seed, i), ...size });
    const names = clipNames(files, row, i);
    await Promise.all([files.write(names.video, clip.mp4), files.write(names.poster, clip.poster), files.write(names.last, clip.last)]);
    clips.push(names);
  }
  return { clips, ...size };
}
