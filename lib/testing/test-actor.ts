// Who the audit log names for rows a test's setup writes through trusted data functions.
import type { AuditActor } from "@/lib/trusted/audit/audit-actor";

export const TEST_ACTOR: AuditActor = { id: null, email: "test" };
