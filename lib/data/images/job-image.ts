import "server-only";

import type { ImageKind } from "@/lib/domain/image-kind";

/** A stored image of a job, as the engine and the image route need it. */
export interface JobImage {
  id: string;
  jobId: string;
  kind: ImageKind;
  index: number;
  storageKey: string;
  thumbKey: string | null;
  width: number;
  height: number;
  bytes: number;
  sha256: string;
  mime: string;
  /** Video clips only: the full-size still and the clip's length. */
  posterKey?: string | null;
  durationMs?: number | null;
}

export const jobImageSelect = {
  id: true,
  jobId: true,
  kind: true,
  index: true,
  storageKey: true,
  thumbKey: true,
  width: true,
  height: true,
  bytes: true,
  sha256: true,
  mime: true,
  posterKey: true,
  durationMs: true,
} as const;

/** The kind column is a plain string in SQLite; anything unexpected is treated as a single image. */
export function toJobImage(row: Omit<JobImage, "kind"> & { kind: string }): JobImage {
  const kind: ImageKind = row.kind === "GRID" || row.kind === "TILE" || row.kind === "VIDEO" ? row.kind : "UPSCALE";
  return { ...row, kind };
}
