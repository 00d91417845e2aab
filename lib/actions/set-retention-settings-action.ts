"use server";

import { setRetentionSettings } from "@/lib/data/retention/set-retention-settings";
import { retentionSettingsSchema } from "@/lib/schemas/retention";
import { adminAction } from "./admin-action";

/** Sets how many days the audit log, webhook callbacks, live-update events and rate-limit counters are kept (admins). */
export const setRetentionSettingsAction = adminAction(retentionSettingsSchema, async (input, admin) => setRetentionSettings(admin, input));
