// POST /mj/submit/upload-discord-images – store images and answer their URLs (no task)
import { createHash } from "node:crypto";
import { FileStore } from "../files/file-store";
import { firstIssue } from "../http/schema-helpers";
import { decodeImageInput } from "../image/decode-image-input";
import type { MjCall } from "./mjproxy-call";
import { MJ_CODE, mjError, mjResult } from "./mjproxy-envelope";
import { mjUploadBody } from "./mjproxy-bodies";

export async function handleUpload(call: MjCall): Promise<Response> {
  const parsed = mjUploadBody.safeParse(call.body);
  if (!parsed.success) return mjError(400, MJ_CODE.VALIDATION_ERROR, firstIssue(parsed.error));
  const urls: string[] = [];
  for (const [i, value] of parsed.data.base64Array.entries()) {
    const decoded = await decodeImageInput(value, "required");
    if (!decoded.ok) return mjError(400, MJ_CODE.VALIDATION_ERROR, `base64Array[${i}] ${decoded.reason}`);
    // Content-addressed, so uploading the same picture twice gives the same URL.
    const name = call.ctx.files.nameFor(`up-${createHash("sha256").update(decoded.png).digest("hex").slice(0, 24)}`);
    await call.ctx.files.write(name, decoded.png);
    urls.push(FileStore.url(call.origin, name));
  }
  return mjResult(MJ_CODE.SUCCESS, "成功", urls);
}
