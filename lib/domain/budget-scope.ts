// What a daily budget limits (Budget.scope): one person, or a whole team.
import { z } from "zod";

export const BUDGET_SCOPES = ["USER", "TEAM"] as const;
export type BudgetScope = (typeof BUDGET_SCOPES)[number];
export const budgetScopeSchema = z.enum(BUDGET_SCOPES);
