import "server-only";
import { assertAdmin, type AdminActor } from "@/lib/data/users/assert-admin";
import { removeConnection as removeConnectionTrusted, type RemoveConnectionResult } from "@/lib/trusted/connections/remove-connection";

/** An admin removes a connection that never ran a job, or retires one that did (audited under their name). */
export async function removeConnection(actor: AdminActor, connectionId: string): Promise<RemoveConnectionResult> {
  assertAdmin(actor);
  return removeConnectionTrusted(connectionId, { id: actor.id, email: actor.email });
}
