// The one wrapper every server action goes through: session → zod → handler → { data } | { error }.
// Each handler receives the signed-in user and must authorize on the resource itself.
import "server-only";
import type { z } from "zod";
import { requireUser, type SessionUser } from "@/lib/auth/session";
import { toUserMessage } from "@/lib/errors";

export type ActionResult<T> = { data: T; error?: undefined } | { error: string; data?: undefined };

export function authedAction<S extends z.ZodType, T>(schema: S, handler: (input: z.output<S>, user: SessionUser) => Promise<T>) {
  return async (raw: z.input<S>): Promise<ActionResult<T>> => {
    try {
      const user = await requireUser();
      const parsed = schema.safeParse(raw);
      if (!parsed.success) return { error: parsed.error.issues.map((i) => i.message).join(" ") };
      return { data: await handler(parsed.data, user) };
    } catch (error) {
      return { error: toUserMessage(error) };
    }
  };
}
