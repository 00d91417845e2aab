// The gallery's view as URL parameters (shareable, back-button friendly) and as the list query.
import type { JobListQuery } from "@/lib/query/jobs";

export const GALLERY_PARAMS = ["q", "member", "kind", "status", "ar", "connection", "from", "to", "view"] as const;
export type GalleryParam = (typeof GALLERY_PARAMS)[number];
export type GalleryParams = Partial<Record<GalleryParam, string>>;
export type GalleryView = "all" | "favorites" | "trash";

const PAGE_SIZE = 60;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Reads the known parameters, dropping anything malformed (the API would refuse it). */
export function readGalleryParams(source: { get(name: string): string | null | undefined } | Record<string, string | string[] | undefined>): GalleryParams {
  const get = (name: string) => {
    const raw =
      typeof (source as { get?: unknown }).get === "function"
        ? (source as { get(n: string): string | null | undefined }).get(name)
        : (source as Record<string, string | string[] | undefined>)[name];
    const value = Array.isArray(raw) ? raw[0] : raw;
    return value ? value.slice(0, 200) : undefined;
  };
  const params: GalleryParams = {};
  for (const name of GALLERY_PARAMS) {
    const value = get(name);
    if (!value) continue;
    if ((name === "from" || name === "to") && !DATE.test(value)) continue;
    if (name === "ar" && !/^\d{1,2}:\d{1,2}$/.test(value)) continue;
    params[name] = value;
  }
  return params;
}

export function galleryView(params: GalleryParams): GalleryView {
  return params.view === "favorites" || params.view === "trash" ? params.view : "all";
}

/** The list query for a gallery view: the active team's jobs the viewer may see. */
export function galleryQuery(params: GalleryParams): JobListQuery {
  const view = galleryView(params);
  return {
    scope: "team",
    q: params.q,
    member: params.member,
    kind: params.kind,
    status: params.status,
    ar: params.ar,
    connection: params.connection,
    from: params.from,
    to: params.to,
    favorites: view === "favorites" || undefined,
    trash: view === "trash" || undefined,
    limit: PAGE_SIZE,
  };
}

export function toSearch(params: GalleryParams): string {
  const search = new URLSearchParams();
  for (const name of GALLERY_PARAMS) if (params[name]) search.set(name, params[name]!);
  const text = search.toString();
  return text ? `?${text}` : "";
}
