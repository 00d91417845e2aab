import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db";
import type { retentionSettingsSchema, RetentionSettings } from "@/lib/schemas/retention";
import { recordAudit } from "@/lib/trusted/audit/record-audit";
import { assertAdmin, type AdminActor } from "@/lib/data/users/assert-admin";
import { readRetentionSettings } from "./read-retention-settings";
import { RETENTION_KEYS } from "./retention-keys";

/** Sets how many days each kind of record is kept (admins); the next sweep applies it. */
export async function setRetentionSettings(actor: AdminActor, input: z.output<typeof retentionSettingsSchema>): Promise<RetentionSettings> {
  assertAdmin(actor);
  const before = await readRetentionSettings();
  const fields = Object.keys(RETENTION_KEYS) as (keyof RetentionSettings)[];
  const changed = fields.filter((field) => before[field] !== input[field]);
  if (changed.length === 0) return before;
  await db.$transaction(
    fields.map((field) => {
      const key = RETENTION_KEYS[field];
      const value = String(input[field]);
      return db.setting.upsert({ where: { key }, create: { key, value }, update: { value } });
    }),
  );
  await recordAudit({
    action: "settings.retention_changed",
    actorId: actor.id,
    actorEmail: actor.email,
    targetType: "Setting",
    targetId: "retention",
    details: { from: Object.fromEntries(changed.map((f) => [f, before[f]])), to: Object.fromEntries(changed.map((f) => [f, input[f]])) },
  });
  return { ...input };
}
