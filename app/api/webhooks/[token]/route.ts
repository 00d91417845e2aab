// POST /api/webhooks/[token] – store a vendor callback and wake the job engine
import { NextResponse } from "next/server";
import { storeWebhookEvent } from "@/lib/data/webhooks/store-webhook-event";
import { errorResponse } from "@/lib/http/error-response";
import { readBodyCapped } from "@/lib/http/read-body-capped";
import { getJobEngine } from "@/lib/jobs/engine-instance";

export const dynamic = "force-dynamic";

const MAX_BODY_BYTES = 256 * 1024;

export async function POST(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  let body: Buffer;
  try {
    body = await readBodyCapped(request, MAX_BODY_BYTES);
  } catch (error) {
    return errorResponse(error);
  }
  // Stored before the 2xx: if the server dies after answering, the event is still here.
  const text = body.toString("utf8");
  const stored = await storeWebhookEvent(token, text);
  if (!stored) return NextResponse.json({ error: "Unknown webhook." }, { status: 404 });
  // The body is only a hint: the engine re-fetches the task from the vendor before trusting it.
  getJobEngine()?.onWebhook(stored.jobId, text);
  return NextResponse.json({ ok: true });
}
