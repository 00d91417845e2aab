// A job of the calling key; jobs of other keys and other protocols do not exist for it.
import type { TaskRow } from "../store/task-types";
import type { TtapiCall } from "./ttapi-call";

export function findTtapiJob(call: TtapiCall, jobId: string): TaskRow | null {
  const row = call.ctx.store.get(jobId);
  return row && row.protocol === "ttapi" && row.keyHash === call.keyHash ? row : null;
}
