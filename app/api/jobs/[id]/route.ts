// GET /api/jobs/[id] – one job with its images, offered actions and lineage
import { NextResponse } from "next/server";
import { requireUser } from "@/lib/auth/session";
import { getJobDetail } from "@/lib/data/jobs/get-job-detail";
import { errorResponse } from "@/lib/http/error-response";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const user = await requireUser();
    const { id } = await params;
    return NextResponse.json(await getJobDetail(user, id), { headers: { "cache-control": "private, no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
