// Daily limits per person and per team; an empty field means no limit.
import { z } from "zod";
import { budgetScopeSchema } from "@/lib/domain/budget-scope";

const optionalLimit = (max: number, label: string) =>
  z
    .union([z.number(), z.string(), z.null()])
    .optional()
    .transform((v) => (v === null || v === undefined || (typeof v === "string" && v.trim() === "") ? null : Number(v)))
    .refine((v) => v === null || (Number.isFinite(v) && v >= 0 && v <= max), `${label} must be a number from 0 to ${max}, or empty for no limit.`);

export const setBudgetSchema = z.object({
  scope: budgetScopeSchema,
  scopeId: z.string().trim().min(1).max(64),
  jobsPerDay: optionalLimit(100_000, "Jobs per day").refine((v) => v === null || Number.isInteger(v), "Jobs per day must be a whole number."),
  quotaPerDay: optionalLimit(1_000_000, "Quota units per day"),
});
export type SetBudgetInput = z.input<typeof setBudgetSchema>;
