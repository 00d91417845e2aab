// POST /api/webhooks/[token] – store a vendor callback and wake the job engine
// (`next dev` only: the production server answers this path itself, lib/data/webhooks/webhook-fast-path.mjs)
import { NextResponse } from "next/server";
import { storeWebhookEvent } from "@/lib/data/webhooks/store-webhook-event";
import { webhookReply } from "@/lib/data/webhooks/webhook-reply.mjs";
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
  const result = await storeWebhookEvent(token, text);
  const answer = webhookReply(result);
  // The body is only a hint: the engine re-fetches the task from the vendor before trusting it.
  if (result.outcome === "stored") getJobEngine()?.onWebhook(result.jobId, text);
  return NextResponse.json(answer.body, { status: answer.status, headers: answer.headers });
}
