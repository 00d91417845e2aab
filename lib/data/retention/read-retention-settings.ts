import "server-only";
import { db } from "@/lib/db";
import { RETENTION_DEFAULTS, retentionSettingsSchema, type RetentionSettings } from "@/lib/schemas/retention";
import { RETENTION_KEYS } from "./retention-keys";

/** The retention in force: what an admin set, else the defaults (a broken value falls back too). */
export async function readRetentionSettings(): Promise<RetentionSettings> {
  const rows = await db.setting.findMany({ where: { key: { in: Object.values(RETENTION_KEYS) } } });
  const stored = new Map(rows.map((row) => [row.key, row.value]));
  const settings = { ...RETENTION_DEFAULTS } as RetentionSettings;
  for (const field of Object.keys(RETENTION_KEYS) as (keyof RetentionSettings)[]) {
    const value = stored.get(RETENTION_KEYS[field]);
    const parsed = value === undefined ? undefined : retentionSettingsSchema.shape[field].safeParse(value);
    if (parsed?.success) settings[field] = parsed.data;
  }
  return settings;
}
