// Where a finished midjourney-proxy video task's clips (and a still for them) can be downloaded.
import type { TaskSnapshot } from "../types";
import type { MjproxyTask } from "./mjproxy-schemas";
import { absolute, nonEmpty } from "./mjproxy-url-fields";

/** Task actions whose result is a video (trueai Enums.cs TaskAction VIDEO, VIDEO_EXTEND). */
const VIDEO_ACTIONS = new Set(["VIDEO", "VIDEO_EXTEND"]);

/** An address whose path ends in .mp4 (trueai's imageUrl of a video task is the first clip). */
function isMp4(url: string | undefined): boolean {
  if (!url) return false;
  try {
    return /\.mp4$/i.test(new URL(url, "http://x").pathname);
  } catch {
    return false;
  }
}

/**
 * Whether a task's result is a video: a VIDEO task, or any task that carries clips. A clip picked
 * with video_virtual_upscale is an UPSCALE task (trueai SubmitController.cs:540-552) whose
 * imageUrl is an .mp4.
 */
export function isMjproxyVideoTask(task: MjproxyTask): boolean {
  const action = (task.action ?? "").toUpperCase();
  return VIDEO_ACTIONS.has(action) || Boolean(nonEmpty(task.videoUrl)) || (task.videoUrls ?? []).some((v) => nonEmpty(v.url)) || isMp4(nonEmpty(task.imageUrl));
}

/**
 * videoUrls from `videoUrls[].url`, else `videoUrl`, else an imageUrl that ends in .mp4; the
 * poster from `videoUrls[0].thumbnail` (trueai only; New API's videoUrls carry just url).
 * imageUrl is never read as an image here: on a video task it is the clip (trueai TaskInfo.cs:
 * 782-783) or New API's /mj/image/{id} stream of it (relay/mjproxy_handler.go coverMidjourneyTaskDto).
 */
export function mjproxyVideoUrls(task: MjproxyTask, baseUrl: string): Pick<TaskSnapshot, "videoUrls" | "posterUrl"> {
  const listed = (task.videoUrls ?? []).map((v) => ({ url: absolute(nonEmpty(v.url), baseUrl), thumbnail: absolute(nonEmpty(v.thumbnail), baseUrl) }));
  const clips = listed.filter((v): v is { url: string; thumbnail: string | undefined } => Boolean(v.url));
  const result: Pick<TaskSnapshot, "videoUrls" | "posterUrl"> = {};
  if (clips.length) {
    result.videoUrls = [...new Set(clips.map((c) => c.url))];
    if (clips[0].thumbnail) result.posterUrl = clips[0].thumbnail;
    return result;
  }
  const single = absolute(nonEmpty(task.videoUrl), baseUrl) ?? (isMp4(nonEmpty(task.imageUrl)) ? absolute(nonEmpty(task.imageUrl), baseUrl) : undefined);
  if (single) result.videoUrls = [single];
  return result;
}
