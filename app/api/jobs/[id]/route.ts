// GET /api/jobs/[id] – one job with its images, offered actions and lineage
import { NextResponse } from "next/server";
import { z } from "zod";
import { getJobDetail } from "@/lib/data/jobs/get-job-detail";
import { authedRoute } from "@/lib/http/authed-route";

export const dynamic = "force-dynamic";

export const GET = authedRoute({ params: z.object({ id: z.string() }) }, async ({ user, params }) =>
  NextResponse.json(await getJobDetail(user, params.id), { headers: { "cache-control": "private, no-store" } }),
);
