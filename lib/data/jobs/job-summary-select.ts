import "server-only";
import type { Prisma } from "@/lib/db";

/** The columns a job summary needs; favourites narrowed to the viewer's own. */
export function jobSummarySelect(viewerId: string) {
  return {
    id: true,
    kind: true,
    action: true,
    prompt: true,
    status: true,
    progress: true,
    failureReason: true,
    createdAt: true,
    finishedAt: true,
    width: true,
    height: true,
    aspectRatio: true,
    visibility: true,
    parentId: true,
    deletedAt: true,
    submitState: true,
    connectionId: true,
    offeredActions: true,
    user: { select: { id: true, name: true, email: true } },
    connection: { select: { id: true, name: true, concurrency: true } },
    images: { select: { id: true, kind: true, index: true, width: true, height: true, durationMs: true }, orderBy: [{ kind: "asc" }, { index: "asc" }] },
    favorites: { where: { userId: viewerId }, select: { userId: true } },
  } satisfies Prisma.JobSelect;
}

export type JobSummaryRow = Prisma.JobGetPayload<{ select: ReturnType<typeof jobSummarySelect> }>;
