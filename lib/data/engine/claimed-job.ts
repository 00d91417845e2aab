import "server-only";

/** What the dispatcher needs to submit one job. Raw vendor payloads stay inside lib/vendors. */
export interface ClaimedJob {
  id: string;
  teamId: string;
  userId: string;
  connectionId: string;
  kind: string;
  action: string | null;
  prompt: string;
  params: string;
  notifyId: string;
  fencingToken: number;
  /** The raw webhook token: only its hash is stored; the vendor gets it inside hookUrl. */
  webhookToken: string;
  parent: { id: string; vendorTaskId: string | null; offeredActions: string; connectionId: string } | null;
}
