import "server-only";
import { assertAdmin, type AdminActor } from "@/lib/data/users/assert-admin";
import { setDefaultConnection as setDefaultConnectionTrusted } from "@/lib/trusted/connections/set-default-connection";

/** An admin makes an active connection the default for new jobs (audited under their name). */
export async function setDefaultConnection(actor: AdminActor, connectionId: string): Promise<{ name: string }> {
  assertAdmin(actor);
  return setDefaultConnectionTrusted(connectionId, { id: actor.id, email: actor.email });
}
