// What the browser receives about jobs. Never a vendor URL, key or raw vendor payload:
// images point at the studio's own /api/images, actions carry no vendor payload.
import type { ImageKind } from "@/lib/domain/image-kind";
import type { JobStatus } from "@/lib/domain/job-status";
import type { Visibility } from "@/lib/domain/visibility";

export interface JobImageDTO {
  id: string;
  kind: ImageKind;
  index: number;
  width: number;
  height: number;
  thumbUrl: string;
  fullUrl: string;
  downloadUrl: string;
  /** Video clips (kind VIDEO): fullUrl and downloadUrl are the MP4; this is its still and length. */
  video?: { posterUrl: string; durationMs: number | null };
}

export interface JobSummaryDTO {
  id: string;
  kind: string;
  action: string | null;
  prompt: string;
  status: JobStatus;
  progress: number;
  failureReason: string | null;
  createdAt: string;
  finishedAt: string | null;
  width: number | null;
  height: number | null;
  aspectRatio: string;
  visibility: Visibility;
  parentId: string | null;
  user: { id: string; name: string };
  connection: { id: string; name: string };
  images: JobImageDTO[];
  favorite: boolean;
  deleted: boolean;
  /** For queued jobs: their place in the connection's queue (1 = next). */
  queuePosition: number | null;
  /** Queued because the connection is at its concurrency limit. */
  waitingForSlot: boolean;
  /** Whether the viewer may delete / restore it (its creator or an admin). */
  canManage: boolean;
  /** The grid buttons the job offers (U1-U4, V1-V4, Reroll), so a feed card can show them. */
  tileActions: JobActionDTO[];
}

export interface JobActionDTO {
  key: string;
  label: string;
}

export interface JobLineageNodeDTO {
  id: string;
  kind: string;
  action: string | null;
  status: JobStatus;
  thumbUrl: string | null;
  createdAt: string;
}

export interface JobDetailDTO extends JobSummaryDTO {
  actions: JobActionDTO[];
  seed: string | null;
  prompts: string[];
  mode: string | null;
  submittedAt: string | null;
  startedAt: string | null;
  connectionProtocol: string;
  /** The vendor's own Animate buttons on this image (midjourney-proxy upscales), pressed through the Animate panel. */
  animateButtons: JobActionDTO[];
  /** What the job's vendor offers beyond its buttons: Animate (any finished image) and Extend (a video). */
  capabilities: { video: boolean; extendVideo: boolean };
  /** The Midjourney prompt a follow-up starts from (Remix, Vary Region); "" when it has none. */
  basePrompt: string;
  /** Set while the vendor waits for a prompt only the user can give (status NEEDS_INPUT). */
  input: { reason: string; prompt: string; canAnswer: boolean } | null;
  ancestors: JobLineageNodeDTO[];
  children: JobLineageNodeDTO[];
  /** The reference slots an imagine used (absent on jobs built elsewhere, e.g. test fixtures). */
  references?: JobReferenceDTO[];
}

/** One reference image of an imagine: its slot, and a thumbnail when the viewer may see that image. */
export interface JobReferenceDTO {
  slot: "image" | "sref" | "oref" | "cref";
  source: "gallery" | "upload";
  thumbUrl: string | null;
  /** The studio image when the viewer may see it; null for an upload or an image hidden from them. */
  imageId: string | null;
}

export interface JobPageDTO {
  items: JobSummaryDTO[];
  nextCursor: string | null;
}

export interface JobListFilters {
  scope?: "team" | "mine";
  q?: string;
  member?: string;
  kind?: string;
  status?: string;
  ar?: string;
  connection?: string;
  from?: string;
  to?: string;
  favorites?: boolean;
  trash?: boolean;
  cursor?: string;
  limit?: number;
}
