// GET /api/events – Server-Sent Events: job changes for every job the signed-in user may see
import { getSessionIdentity } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { authedRoute } from "@/lib/http/authed-route";
import { listJobEventsAfter } from "@/lib/data/events/list-job-events-after";
import { latestJobEventId } from "@/lib/data/events/latest-job-event-id";
import type { JobEventRow } from "@/lib/data/events/job-event-row";
import { canSeeJob } from "@/lib/data/jobs/job-visibility";
import type { SessionUser } from "@/lib/data/users/get-session-user";
import { getSignedInUser } from "@/lib/data/users/get-signed-in-user";
import { subscribeJobEvents } from "@/lib/jobs/event-bus";
import { RecentIds } from "@/lib/live/recent-ids";

export const dynamic = "force-dynamic";

const HEARTBEAT_MS = 15_000;
const RECHECK_MS = 30_000;

function visible(user: SessionUser, event: JobEventRow): boolean {
  return canSeeJob(user, { teamId: event.teamId, userId: event.userId, visibility: event.private ? "PRIVATE" : "SHARED" });
}

// Someone who must still replace a generated password keeps the stream: it only reads.
export const GET = authedRoute({ allowPendingPassword: true }, async ({ request, user: signedIn }) => {
  // The session is re-checked by its identity every RECHECK_MS for as long as the stream lasts.
  const identity = await getSessionIdentity();
  if (!identity) throw new AppError("UNAUTHORIZED");
  let user: SessionUser = signedIn;
  // The browser left while we checked its session: start nothing for it.
  if (request.signal.aborted) return new Response(null, { status: 204 });

  const url = new URL(request.url);
  const resumeFrom = Number(request.headers.get("last-event-id") ?? url.searchParams.get("after") ?? "NaN");
  const encoder = new TextEncoder();

  // Everything a stream holds (its bus listener, two timers, the abort listener) is released by
  // `stop`, which is wired to the browser leaving BEFORE anything is started: a browser that
  // leaves while the stream is still starting (catching up from the database) must not leave a
  // listener and a 30-second database query behind for ever.
  let stopped = false;
  let unsubscribe = () => {};
  let heartbeat: NodeJS.Timeout | undefined;
  let recheck: NodeJS.Timeout | undefined;
  let controllerRef: ReadableStreamDefaultController<Uint8Array> | undefined;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    clearInterval(heartbeat);
    clearInterval(recheck);
    unsubscribe();
    request.signal.removeEventListener("abort", stop);
    try {
      controllerRef?.close();
    } catch {
      // already closed, cancelled or errored
    }
  };
  request.signal.addEventListener("abort", stop, { once: true });

  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      controllerRef = controller;
      if (stopped) return;
      let lastSent = 0;
      // Where this stream started (what the browser had, or the newest event then): anything at or
      // before it was the browser's already, or happened before it came.
      let resumePoint = 0;
      // Ids are not always delivered in order: on PostgreSQL an event another process recorded
      // (through LISTEN/NOTIFY) can arrive just after a newer one of this process. Every event is
      // sent once; a late one without an SSE id, so the browser's resume point never moves back.
      const sent = new RecentIds(2_000);
      const send = (text: string) => {
        if (stopped) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          stop(); // the reader is gone
        }
      };
      const sendEvent = (event: JobEventRow) => {
        if (sent.has(event.id) || (event.id <= lastSent && event.id <= resumePoint) || !visible(user, event)) return;
        sent.add(event.id);
        const id = event.id > lastSent ? `id: ${event.id}\n` : "";
        lastSent = Math.max(lastSent, event.id);
        send(`${id}event: job\ndata: ${JSON.stringify({ jobId: event.jobId, eventId: event.id })}\n\n`);
      };
      // Subscribe first and hold live events until the catch-up is sent, so none fall in between.
      let buffer: JobEventRow[] | null = [];
      unsubscribe = subscribeJobEvents((event) => (buffer ? buffer.push(event) : sendEvent(event)));
      send("retry: 2000\n\n");
      try {
        if (Number.isFinite(resumeFrom) && resumeFrom >= 0) {
          lastSent = resumePoint = resumeFrom;
          const missed = await listJobEventsAfter(user, resumeFrom);
          for (const event of missed) sendEvent(event);
        } else {
          lastSent = resumePoint = await latestJobEventId();
          send(`id: ${lastSent}\nevent: ready\ndata: {}\n\n`);
        }
      } catch (error) {
        // The browser reconnects (retry: 2000) and resumes from its last event id.
        console.warn(`[events] catch-up failed: ${error instanceof Error ? error.message : error}`);
        stop();
        return;
      }
      if (stopped) return; // left while we were catching up: stop() already unsubscribed
      for (const event of buffer) sendEvent(event);
      buffer = null;

      heartbeat = setInterval(() => send(": ping\n\n"), HEARTBEAT_MS);
      // A disabled or demoted user loses the stream within RECHECK_MS, even with a live session.
      recheck = setInterval(async () => {
        const fresh = await getSignedInUser(identity).catch(() => null);
        if (stopped) return;
        if (!fresh) {
          send("event: signed-out\ndata: {}\n\n");
          stop();
          return;
        }
        user = fresh;
      }, RECHECK_MS);
    },
    cancel() {
      stop();
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
});
