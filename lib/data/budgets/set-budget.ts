import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { setBudgetSchema } from "@/lib/schemas/budgets";
import { recordAudit } from "@/lib/trusted/audit/record-audit";
import { assertAdmin, type AdminActor } from "@/lib/data/users/assert-admin";

/** Sets (or, with both limits empty, removes) a person's or a team's daily budget (admins). */
export async function setBudget(actor: AdminActor, input: z.output<typeof setBudgetSchema>): Promise<void> {
  assertAdmin(actor);
  const { scope, scopeId, jobsPerDay, quotaPerDay } = input;
  const target =
    scope === "USER"
      ? await db.user.findUnique({ where: { id: scopeId }, select: { email: true } }).then((u) => u?.email)
      : await db.team.findUnique({ where: { id: scopeId }, select: { name: true } }).then((t) => t?.name);
  if (!target) throw new AppError("NOT_FOUND", scope === "USER" ? "That person no longer exists." : "That team no longer exists.");
  const where = { scope_scopeId: { scope, scopeId } };
  const before = await db.budget.findUnique({ where, select: { jobsPerDay: true, quotaPerDay: true } });
  if ((before?.jobsPerDay ?? null) === jobsPerDay && (before?.quotaPerDay ?? null) === quotaPerDay) return;
  if (jobsPerDay === null && quotaPerDay === null) await db.budget.deleteMany({ where: { scope, scopeId } });
  else await db.budget.upsert({ where, create: { scope, scopeId, jobsPerDay, quotaPerDay }, update: { jobsPerDay, quotaPerDay } });
  await recordAudit({
    action: "budget.changed",
    actorId: actor.id,
    actorEmail: actor.email,
    targetType: scope === "USER" ? "User" : "Team",
    targetId: scopeId,
    details: { scope, target, from: before ?? null, to: jobsPerDay === null && quotaPerDay === null ? null : { jobsPerDay, quotaPerDay } },
  });
}
