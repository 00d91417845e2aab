// The JSON accepted by POST /sim/_control. Every field is optional: only what is given changes.
import { z } from "zod";

const protocol = z.enum(["ttapi", "mjproxy"]).optional();
const count = z.number().int().min(1).max(100000);

export const controlSchema = z.object({
  webhooks: z
    .object({
      /** true = drop all, false = none, or a probability 0-1. */
      drop: z.union([z.boolean(), z.number().min(0).max(1)]).optional(),
      duplicate: z.number().int().min(1).max(10).optional(),
      outOfOrder: z.boolean().optional(),
    })
    .optional(),
  submitErrors: z
    .object({
      count,
      httpStatus: z.number().int().min(200).max(599).optional(),
      vendorCode: z.number().int().optional(),
      message: z.string().max(500).optional(),
      protocol,
    })
    .nullable()
    .optional(),
  fetchErrors: z
    .object({ count, httpStatus: z.number().int().min(400).max(599).default(500), protocol })
    .nullable()
    .optional(),
  failTasks: z
    .object({ count, reason: z.string().max(500).default("simulated failure"), atStep: z.number().int().min(0).max(100).default(1) })
    .nullable()
    .optional(),
  latencyMs: z.number().int().min(0).max(60000).optional(),
  stepMs: z.number().int().min(5).max(60000).optional(),
  /** Delay /mj/submit/modal by this long before it is handled (issue 11: a vendor slow to accept a modal). */
  modalDelayMs: z.number().int().min(0).max(600000).optional(),
  /** Switch Remix on the trueai account (and the upstream behind /sim/newapi). */
  trueai: z.object({ remix: z.boolean().optional() }).optional(),
  /** New API's poller period; takes effect at once. */
  newapi: z.object({ pollerMs: z.number().int().min(10).max(3600000).optional() }).optional(),
});

export type ControlPatch = z.infer<typeof controlSchema>;
