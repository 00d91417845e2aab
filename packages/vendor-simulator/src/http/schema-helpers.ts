// zod pieces both protocols validate with.
import { z } from "zod";

/** A webhook address: http(s) only. Vendors' own examples send "" for "none". */
export const hookUrlSchema = z
  .union([z.literal(""), z.url({ protocol: /^https?$/, error: "must be an http(s) URL" })])
  .optional()
  .transform((value) => value || undefined);

/** "field: problem" for the first issue, the way vendors report one bad parameter at a time. */
export function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  const field = issue?.path.join(".");
  return field ? `${field}: ${issue.message}` : (issue?.message ?? "invalid request");
}
