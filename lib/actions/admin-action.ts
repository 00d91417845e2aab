// The wrapper every admin action goes through: session → admin role → zod → handler →
// { data } | { error }. A member is refused before their input is even read.
import "server-only";
import type { z } from "zod";
import { requireAdmin, type SessionUser } from "@/lib/auth/session";
import { toUserMessage } from "@/lib/errors";
import type { ActionResult } from "./authed-action";

export function adminAction<S extends z.ZodType, T>(schema: S, handler: (input: z.output<S>, admin: SessionUser) => Promise<T>) {
  return async (raw: z.input<S>): Promise<ActionResult<T>> => {
    try {
      const admin = await requireAdmin();
      const parsed = schema.safeParse(raw);
      if (!parsed.success) return { error: parsed.error.issues.map((i) => i.message).join(" ") };
      return { data: await handler(parsed.data, admin) };
    } catch (error) {
      return { error: toUserMessage(error) };
    }
  };
}
