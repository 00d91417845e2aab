// TTAPI's video result: the ONE place that reads it. TTAPI documents the video submit and
// extend, and says its "notification data structure is consistent with fetch structure", but no
// public page shows the finished video's fields (docs.ttapi.io, 2026). ASSUMPTION until a real
// key shows the shape: the clips are in `videoUrls` (strings or {url, thumbnail}), else
// `videoUrl`, else `videos`; a still comes from a clip's thumbnail, else `images[0]`, else
// `cdnImage`. The studio's simulator answers data.videoUrls: string[], data.images: string[]
// (the posters) and data.action: "video".

export interface TtapiVideoResult {
  videoUrls: string[];
  posterUrl?: string;
}

function text(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() ? value.trim() : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A list of clips: strings or objects with url (or videoUrl) and maybe thumbnail (or poster, cover). */
function clips(value: unknown): { url: string; thumbnail?: string }[] {
  if (!Array.isArray(value)) return [];
  const out: { url: string; thumbnail?: string }[] = [];
  for (const item of value) {
    const url = isRecord(item) ? (text(item.url) ?? text(item.videoUrl)) : text(item);
    if (!url || !/^https?:\/\//i.test(url)) continue;
    const thumbnail = isRecord(item) ? (text(item.thumbnail) ?? text(item.poster) ?? text(item.cover)) : undefined;
    out.push(thumbnail ? { url, thumbnail } : { url });
  }
  return out;
}

/** The clips and a poster of a TTAPI video task's `data`; empty videoUrls when it has none. */
export function readTtapiVideoResult(data: unknown): TtapiVideoResult {
  if (!isRecord(data)) return { videoUrls: [] };
  let found = clips(data.videoUrls);
  if (!found.length) {
    const single = text(data.videoUrl);
    if (single && /^https?:\/\//i.test(single)) found = [{ url: single }];
  }
  if (!found.length) found = clips(data.videos);
  const images = Array.isArray(data.images) ? data.images.map(text).filter((u): u is string => Boolean(u)) : [];
  const posterUrl = found.find((c) => c.thumbnail)?.thumbnail ?? images[0] ?? text(data.cdnImage);
  const result: TtapiVideoResult = { videoUrls: [...new Set(found.map((c) => c.url))] };
  if (posterUrl) result.posterUrl = posterUrl;
  return result;
}
