// GET /mj/image/{id} – a task's picture as image/png (how DataEyes serves its relative imageUrl)
import { findMjTask, type MjCall } from "./mjproxy-call";
import { MJ_CODE, mjError } from "./mjproxy-envelope";

export async function handleImage(call: MjCall, id: string): Promise<Response> {
  call.ctx.scheduler.pump();
  const row = findMjTask(call, id);
  if (!row) return mjError(404, MJ_CODE.NOT_FOUND, "任务不存在 (task not found)");
  const bytes = row.status === "succeeded" && row.result?.image ? await call.ctx.files.read(row.result.image) : null;
  if (!bytes) return mjError(404, MJ_CODE.NOT_FOUND, "image not ready");
  return new Response(new Uint8Array(bytes), {
    headers: { "content-type": "image/png", "content-length": String(bytes.length), "cache-control": "private, max-age=86400" },
  });
}
