"use server";

import { setBudget } from "@/lib/data/budgets/set-budget";
import { setBudgetSchema } from "@/lib/schemas/budgets";
import { adminAction } from "./admin-action";

/** Sets a daily budget (jobs and vendor quota units) for a person or a team (admins). */
export const setBudgetAction = adminAction(setBudgetSchema, async (input, admin) => {
  await setBudget(admin, input);
  return { ok: true };
});
