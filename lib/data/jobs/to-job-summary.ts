import "server-only";
import { offeredActionsJson } from "@/lib/domain/job-json";
import type { JobStatus } from "@/lib/domain/job-status";
import type { JobActionDTO, JobImageDTO, JobSummaryDTO } from "@/lib/dto/jobs";
import type { SessionUser } from "@/lib/data/users/get-session-user";
import type { JobSummaryRow } from "./job-summary-select";

export function toImageDTO(image: { id: string; kind: string; index: number; width: number; height: number; durationMs?: number | null }): JobImageDTO {
  const video = image.kind === "VIDEO";
  return {
    id: image.id,
    kind: image.kind as JobImageDTO["kind"],
    index: image.index,
    width: image.width,
    height: image.height,
    thumbUrl: `/api/images/${image.id}/thumb`,
    fullUrl: `/api/images/${image.id}/full`,
    downloadUrl: `/api/images/${image.id}/full?download=1`,
    ...(video ? { video: { posterUrl: `/api/images/${image.id}/poster`, durationMs: image.durationMs ?? null } } : {}),
  };
}

const TILE_ACTION = /^(?:(?:upscale|variation):[1-4]|reroll)$/;

/** The grid's own buttons, labels and keys only (the vendor payload stays on the server). */
function tileActions(offeredActions: string): JobActionDTO[] {
  if (offeredActions === "[]") return [];
  const offered = offeredActionsJson.decode(offeredActions);
  return offered.filter((a) => TILE_ACTION.test(a.key)).map((a) => ({ key: a.key, label: a.label }));
}

export function toJobSummary(row: JobSummaryRow, viewer: Pick<SessionUser, "id" | "role">, queue?: { position: number; waiting: boolean }): JobSummaryDTO {
  return {
    id: row.id,
    kind: row.kind,
    action: row.action,
    prompt: row.prompt,
    status: row.status as JobStatus,
    progress: row.progress,
    failureReason: row.failureReason,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
    width: row.width,
    height: row.height,
    aspectRatio: row.aspectRatio,
    visibility: row.visibility as JobSummaryDTO["visibility"],
    parentId: row.parentId,
    user: { id: row.user.id, name: row.user.name || row.user.email.split("@")[0] },
    connection: { id: row.connection.id, name: row.connection.name },
    images: row.images.map(toImageDTO),
    favorite: row.favorites.length > 0,
    deleted: row.deletedAt !== null,
    queuePosition: queue?.position ?? null,
    waitingForSlot: queue?.waiting ?? false,
    canManage: row.user.id === viewer.id || viewer.role === "ADMIN",
    tileActions: tileActions(row.offeredActions),
  };
}
