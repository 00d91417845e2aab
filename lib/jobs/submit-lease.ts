// A submit's lease while the vendor call is in flight, and what happens to the task id the
// vendor gives back (issue 11 item 1). A midjourney-proxy Vary Region or Custom Zoom submit is
// several calls (action, waiting for MODAL, modal) and can outlast any fixed lease, so the lease
// is renewed (a heartbeat carrying the fencing token) until the answer is stored. And a task id
// that arrives for a job recovery already gave up on is adopted, never dropped: the vendor is
// making (and billing) that task.
import type { EngineStore } from "./engine-store";

export interface SubmitLease {
  release(): void;
}

/** Renews the claim's lease every third of its length until released. */
export function holdSubmitLease(
  store: Pick<EngineStore, "renewSubmitLease">,
  jobId: string,
  fencingToken: number,
  owner: string,
  leaseMs: number,
): SubmitLease {
  let renewing = false;
  const timer = setInterval(
    () => {
      if (renewing) return;
      renewing = true;
      store
        .renewSubmitLease(jobId, fencingToken, owner, new Date(Date.now() + leaseMs))
        .then((held) => {
          if (!held) clearInterval(timer); // the claim ended (stored, recovered or cancelled)
        })
        .catch((error) => console.warn(`[engine] could not renew the lease of ${jobId}: ${error instanceof Error ? error.message : error}`))
        .finally(() => (renewing = false));
    },
    Math.max(50, Math.floor(leaseMs / 3)),
  );
  timer.unref?.();
  return { release: () => clearInterval(timer) };
}

const STORE_RETRY_DELAYS_MS = [100, 400, 1_600, 5_000];

/**
 * Stores the task id the vendor answered with. A database hiccup is retried (the lease is
 * still held meanwhile); a job recovery failed "for review" or marked unknown meanwhile is
 * adopted. "lost" only when the job has another task already or is gone.
 */
export async function recordVendorTask(
  store: Pick<EngineStore, "markJobAccepted" | "adoptVendorTask">,
  jobId: string,
  fencingToken: number,
  taskId: string,
  firstPollAt: Date,
): Promise<"accepted" | "adopted" | "lost"> {
  for (let attempt = 0; ; attempt++) {
    try {
      if (await store.markJobAccepted(jobId, fencingToken, taskId, firstPollAt)) return "accepted";
      if (await store.adoptVendorTask(jobId, taskId)) {
        console.warn(`[engine] ${jobId} was given up on while its submit was in flight; adopted the vendor's task ${taskId}`);
        return "adopted";
      }
      console.error(`[engine] the vendor accepted ${jobId} as task ${taskId}, but the job already has another task or is gone`);
      return "lost";
    } catch (error) {
      if (attempt >= STORE_RETRY_DELAYS_MS.length) throw error;
      console.warn(`[engine] storing task ${taskId} of ${jobId} failed, retrying: ${error instanceof Error ? error.message : error}`);
      await new Promise((r) => setTimeout(r, STORE_RETRY_DELAYS_MS[attempt]));
    }
  }
}
