// GET /api/jobs – a page of the jobs the signed-in user may see (feed and gallery), with filters
import { NextResponse } from "next/server";
import { z } from "zod";
import { listJobs } from "@/lib/data/jobs/list-jobs";
import { authedRoute } from "@/lib/http/authed-route";

export const dynamic = "force-dynamic";

const flag = z.enum(["1", "true", "0", "false"]).transform((v) => v === "1" || v === "true");
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Dates look like 2026-01-31.");
const filtersSchema = z.object({
  scope: z.enum(["team", "mine"]).optional(),
  q: z.string().max(200).optional(),
  member: z.string().max(64).optional(),
  kind: z.enum(["imagine", "upscale", "variation", "zoom", "vary_region", "blend", "describe", "video", "edit"]).optional(),
  status: z.enum(["running", "queued", "succeeded", "failed"]).optional(),
  ar: z
    .string()
    .regex(/^\d{1,2}:\d{1,2}$/)
    .optional(),
  connection: z.string().max(64).optional(),
  from: date.optional(),
  to: date.optional(),
  favorites: flag.optional(),
  trash: flag.optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).optional(),
});

export const GET = authedRoute({ query: filtersSchema }, async ({ user, query }) =>
  NextResponse.json(await listJobs(user, query), { headers: { "cache-control": "private, no-store" } }),
);
