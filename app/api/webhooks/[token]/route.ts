// POST /api/webhooks/[token] – store a vendor callback and wake the job engine. What `next dev`
// serves; the production entry answers this path before Next.js (lib/server/webhook-fast-path.ts).
// Both go through acceptWebhook, so they answer alike.
import { NextResponse } from "next/server";
import { acceptWebhook, MAX_WEBHOOK_BYTES, WEBHOOK_TOO_LARGE } from "@/lib/data/webhooks/accept-webhook";
import type { WebhookAnswer } from "@/lib/data/webhooks/webhook-reply";
import { isAppError } from "@/lib/errors";
import { errorResponse } from "@/lib/http/error-response";
import { readBodyCapped } from "@/lib/http/read-body-capped";

export const dynamic = "force-dynamic";

const respond = (answer: WebhookAnswer) => NextResponse.json(answer.body, { status: answer.status, headers: answer.headers });

export async function POST(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  let body: Buffer;
  try {
    body = await readBodyCapped(request, MAX_WEBHOOK_BYTES);
  } catch (error) {
    return isAppError(error) && error.code === "PAYLOAD_TOO_LARGE" ? respond(WEBHOOK_TOO_LARGE) : errorResponse(error);
  }
  return respond(await acceptWebhook(token, body.toString("utf8")));
}
