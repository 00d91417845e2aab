import "server-only";

/** A queued job the dispatcher may submit, with what its submit needs. */
export interface DispatchCandidate {
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
  parent: { id: string; vendorTaskId: string | null; offeredActions: string; connectionId: string } | null;
}
