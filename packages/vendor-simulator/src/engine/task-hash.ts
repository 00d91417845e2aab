// Midjourney's message hash (the UUID in customIds). Derived from the task id so a re-render
// after a restart issues the very same customIds.
import { createHash } from "node:crypto";

export function taskHash(taskId: string): string {
  const hex = createHash("sha256").update(`hash:${taskId}`).digest("hex");
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
