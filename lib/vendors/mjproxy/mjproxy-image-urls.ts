// Where a finished midjourney-proxy task's images can be downloaded from, in the order to try.
import type { TaskSnapshot } from "../types";
import type { MjproxyNormalizeContext } from "./normalize-mjproxy-task";
import type { MjproxyTask } from "./mjproxy-schemas";
import { absolute, nonEmpty } from "./mjproxy-url-fields";

const IMAGE_ENDPOINT = /\/mj\/image\/([^/?#]+)\/?$/;

/**
 * New API serves every image as ServerAddress + "/mj/image/" + id (relay-mj.go:114-122), and
 * ServerAddress is an admin setting that defaults to http://localhost:3000 (setting/
 * system_setting.go:3), often not the address the studio reaches it at. GET /mj/image/{id}
 * needs no key (router/relay-router.go:83, before TokenAuth), so such a link is read from the connection's own
 * address; the link as given stays a fallback (for an admin who listed its host).
 */
function onOwnAddress(url: string, context: MjproxyNormalizeContext): string | undefined {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return undefined;
  }
  const id = IMAGE_ENDPOINT.exec(path)?.[1];
  return id ? `${context.baseUrl}/mj/image/${id}` : undefined;
}

/** imageUrl, tileUrls and fallbackImageUrls for a finished image task. */
export function mjproxyImageUrls(
  task: MjproxyTask,
  taskId: string,
  context: MjproxyNormalizeContext,
): Pick<TaskSnapshot, "imageUrl" | "tileUrls" | "fallbackImageUrls"> {
  const endpoint = `${context.baseUrl}/mj/image/${encodeURIComponent(taskId)}`;
  const raw = nonEmpty(task.imageUrl);
  const given = absolute(raw, context.baseUrl) ?? (raw?.includes("/mj/image/") ? endpoint : undefined);
  // DataEyes' imageUrl is relative with a placeholder host ("www.yourdomain.com/mj/image/{id}").
  const main = context.profile.features.has("imageEndpoint") ? endpoint : given && (onOwnAddress(given, context) ?? given);
  // trueai also returns the Discord attachment (url) and its media proxy copy (proxyUrl).
  const others = [given, nonEmpty(task.url), nonEmpty(task.proxyUrl)].filter((u): u is string => Boolean(u && /^https?:\/\//i.test(u) && u !== main));
  const result: Pick<TaskSnapshot, "imageUrl" | "tileUrls" | "fallbackImageUrls"> = {};
  if (main) result.imageUrl = main;
  else if (others.length) result.imageUrl = others.shift();
  if (others.length) result.fallbackImageUrls = [...new Set(others)];
  // trueai's imageUrls: the grid's four tiles as separate images (TaskInfo.cs:272).
  const tiles = (task.imageUrls ?? []).map((u) => absolute(nonEmpty(u), context.baseUrl)).filter((u): u is string => Boolean(u));
  if (tiles.length === 4) result.tileUrls = tiles.map((u) => onOwnAddress(u, context) ?? u);
  return result;
}
