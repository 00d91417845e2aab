import "server-only";

/** Keyset cursor over (createdAt desc, id desc): constant time at any depth, unlike OFFSET. */
export function encodeJobCursor(job: { createdAt: Date; id: string }): string {
  return Buffer.from(`${job.createdAt.getTime()}_${job.id}`).toString("base64url");
}

export function decodeJobCursor(cursor: string | undefined): { createdAt: Date; id: string } | null {
  if (!cursor) return null;
  const [ms, id] = Buffer.from(cursor, "base64url").toString("utf8").split("_");
  const time = Number(ms);
  if (!id || !Number.isFinite(time)) return null;
  return { createdAt: new Date(time), id };
}
