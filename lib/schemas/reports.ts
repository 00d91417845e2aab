// Filters of the admin's read-only reports (usage and the audit log), shared by pages and route handlers.
import { z } from "zod";

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)));

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => first(v) || undefined, schema.optional().catch(undefined));

export const usageRangeSchema = z.object({ from: optional(day), to: optional(day), teamId: optional(z.string().max(64)) });
export type UsageRange = z.output<typeof usageRangeSchema>;

export const auditFiltersSchema = z.object({
  action: optional(z.string().max(80)),
  actor: optional(z.string().max(320)),
  from: optional(day),
  to: optional(day),
  before: optional(z.coerce.number().int().positive()),
  after: optional(z.coerce.number().int().min(0)),
});
export type AuditFilters = z.output<typeof auditFiltersSchema>;
