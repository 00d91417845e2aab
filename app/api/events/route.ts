// GET /api/events – Server-Sent Events: job changes for every job the signed-in user may see
import { getSessionIdentity } from "@/lib/auth/session";
import { listJobEventsAfter } from "@/lib/data/engine/list-job-events-after";
import { latestJobEventId } from "@/lib/data/engine/latest-job-event-id";
import type { JobEventRow } from "@/lib/data/engine/record-job-event";
import { canSeeJob } from "@/lib/data/jobs/job-visibility";
import type { SessionUser } from "@/lib/data/users/get-session-user";
import { getSignedInUser } from "@/lib/data/users/get-signed-in-user";
import { subscribeJobEvents } from "@/lib/jobs/event-bus";

export const dynamic = "force-dynamic";

const HEARTBEAT_MS = 15_000;
const RECHECK_MS = 30_000;

function visible(user: SessionUser, event: JobEventRow): boolean {
  return canSeeJob(user, { teamId: event.teamId, userId: event.userId, visibility: event.private ? "PRIVATE" : "SHARED" });
}

export async function GET(request: Request) {
  const identity = await getSessionIdentity();
  let user: SessionUser | null = identity ? await getSignedInUser(identity) : null;
  if (!identity || !user) return Response.json({ error: "Please sign in." }, { status: 401 });

  const url = new URL(request.url);
  const resumeFrom = Number(request.headers.get("last-event-id") ?? url.searchParams.get("after") ?? "NaN");
  const encoder = new TextEncoder();
  let cleanup = () => {};

  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      let lastSent = 0;
      let closed = false;
      const send = (text: string) => {
        if (!closed) controller.enqueue(encoder.encode(text));
      };
      const sendEvent = (event: JobEventRow) => {
        if (event.id <= lastSent || !visible(user!, event)) return;
        lastSent = event.id;
        send(`id: ${event.id}\nevent: job\ndata: ${JSON.stringify({ jobId: event.jobId })}\n\n`);
      };
      // Subscribe first and hold live events until the catch-up is sent, so none fall in between.
      let buffer: JobEventRow[] | null = [];
      const unsubscribe = subscribeJobEvents((event) => (buffer ? buffer.push(event) : sendEvent(event)));
      send("retry: 2000\n\n");
      if (Number.isFinite(resumeFrom) && resumeFrom >= 0) {
        lastSent = resumeFrom;
        for (const event of await listJobEventsAfter(user!, resumeFrom)) sendEvent(event);
      } else {
        lastSent = await latestJobEventId();
        send(`id: ${lastSent}\nevent: ready\ndata: {}\n\n`);
      }
      for (const event of buffer) sendEvent(event);
      buffer = null;

      const heartbeat = setInterval(() => send(": ping\n\n"), HEARTBEAT_MS);
      // A disabled or demoted user loses the stream within RECHECK_MS, even with a live session.
      const recheck = setInterval(async () => {
        const fresh = await getSignedInUser(identity).catch(() => null);
        if (!fresh) {
          send("event: signed-out\ndata: {}\n\n");
          cleanup();
          controller.close();
          return;
        }
        user = fresh;
      }, RECHECK_MS);
      cleanup = () => {
        if (closed) return;
        closed = true;
        clearInterval(heartbeat);
        clearInterval(recheck);
        unsubscribe();
      };
      request.signal.addEventListener("abort", () => cleanup());
    },
    cancel() {
      cleanup();
    },
  });

  return new Response(stream, {
    headers: {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-cache, no-transform",
      connection: "keep-alive",
      "x-accel-buffering": "no",
    },
  });
}
