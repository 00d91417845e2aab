import "server-only";
import { db, type Prisma } from "@/lib/db";
import { IN_FLIGHT_STATUSES } from "@/lib/domain/job-status";
import type { JobListFilters, JobPageDTO } from "@/lib/dto/jobs";
import type { SessionUser } from "@/lib/data/users/get-session-user";
import { decodeJobCursor, encodeJobCursor } from "./job-cursor";
import { visibleJobsWhere } from "./job-visibility";
import { jobSummarySelect } from "./job-summary-select";
import { queuePositions } from "./queue-positions";
import { toJobSummary } from "./to-job-summary";

const KIND_FILTERS: Record<string, Prisma.JobWhereInput> = {
  imagine: { kind: "IMAGINE" },
  upscale: { kind: "ACTION", action: { startsWith: "upscale" } },
  variation: { kind: "ACTION", OR: [{ action: { startsWith: "variation" } }, { action: { startsWith: "vary" } }, { action: "reroll" }] },
  zoom: { kind: "ACTION", OR: [{ action: { startsWith: "zoom" } }, { action: { startsWith: "pan" } }, { action: "make_square" }] },
  vary_region: { kind: "INPAINT" },
  blend: { kind: "BLEND" },
  describe: { kind: "DESCRIBE" },
  video: { kind: "VIDEO" },
  edit: { kind: "EDIT" },
};

/**
 * One page of the jobs the viewer may see in their active team, newest first, with filters.
 * Prompt search matches every word as a substring, so Chinese and Japanese (no spaces
 * between words) match by any part of the text.
 */
export async function listJobs(user: SessionUser, filters: JobListFilters): Promise<JobPageDTO> {
  const limit = Math.min(Math.max(filters.limit ?? 30, 1), 100);
  const and: Prisma.JobWhereInput[] = [visibleJobsWhere(user), { teamId: user.teamId }];
  and.push(filters.trash ? { deletedAt: { not: null }, ...(user.role === "ADMIN" ? {} : { userId: user.id }) } : { deletedAt: null });
  if (filters.scope === "mine") and.push({ userId: user.id });
  for (const word of (filters.q ?? "").split(/\s+/).filter(Boolean).slice(0, 8)) and.push({ prompt: { contains: word } });
  if (filters.member) and.push({ userId: filters.member });
  if (filters.kind && KIND_FILTERS[filters.kind]) and.push(KIND_FILTERS[filters.kind]);
  if (filters.status === "running") and.push({ status: { in: [...IN_FLIGHT_STATUSES] } });
  else if (filters.status) and.push({ status: filters.status.toUpperCase() });
  if (filters.ar) and.push({ aspectRatio: filters.ar });
  if (filters.connection) and.push({ connectionId: filters.connection });
  if (filters.from) and.push({ createdAt: { gte: new Date(filters.from) } });
  if (filters.to) and.push({ createdAt: { lt: new Date(new Date(filters.to).getTime() + 86_400_000) } });
  if (filters.favorites) and.push({ favorites: { some: { userId: user.id } } });
  const cursor = decodeJobCursor(filters.cursor);
  // The redundant lte bound lets SQLite start the index range at the cursor instead of
  // walking every newer row, so a page deep in the chain costs what the first one does.
  if (cursor)
    and.push(
      { createdAt: { lte: cursor.createdAt } },
      { OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }] },
    );

  const rows = await db.job.findMany({
    where: { AND: and },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    select: jobSummarySelect(user.id),
  });
  const page = rows.slice(0, limit);
  const queue = await queuePositions(page);
  return {
    items: page.map((row) => toJobSummary(row, user, queue.get(row.id))),
    nextCursor: rows.length > limit ? encodeJobCursor(page[page.length - 1]) : null,
  };
}
