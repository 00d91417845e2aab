// What a vendor connection may look like, shared by the CLI, the admin actions and the data layer.
import { z } from "zod";
import { actionCostsSchema } from "@/lib/jobs/job-cost";
import { SPEED_MODES } from "@/lib/domain/speed-mode";
import { PROFILES, PROTOCOLS } from "@/lib/domain/vendor-protocol";
import { imageHostsSchema } from "./image-host-schema";

export const connectionNameSchema = z
  .string()
  .trim()
  .min(1, "must not be empty")
  .max(60, "must be at most 60 characters")
  .regex(/^[\p{L}\p{N} ._()-]+$/u, "may use letters, digits, spaces and . _ ( ) - only");

export const createConnectionSchema = z
  .object({
    name: connectionNameSchema,
    protocol: z.enum(PROTOCOLS, { error: "must be ttapi or mjproxy" }),
    profile: z.enum(PROFILES, { error: "must be newapi, 4allapi, dataeyes or generic" }).optional(),
    baseUrl: z
      .string()
      .trim()
      .url("must be a URL such as https://api.ttapi.io")
      .refine((v) => /^https?:\/\//i.test(v), "must start with http:// or https://")
      .refine((v) => !URL.canParse(v) || (!new URL(v).username && !new URL(v).password), "must not contain a user name or password")
      .transform((v) => v.replace(/\/+$/, "")),
    apiKey: z.string().trim().min(8, "looks too short for a vendor key").max(512, "is too long").regex(/^\S+$/, "must not contain spaces"),
    defaultMode: z.enum(SPEED_MODES).default("fast"),
    concurrency: z.number().int("must be a whole number").min(1, "must be at least 1").max(100, "must be at most 100").default(10),
    /** Budget units per action kind where this vendor's prices differ from the defaults. */
    actionCosts: actionCostsSchema.default({}),
    isDefault: z.boolean().default(false),
    /** Extra hosts its images may be downloaded from ("host" or "host:port"). */
    imageHosts: imageHostsSchema,
  })
  .superRefine((v, ctx) => {
    if (v.protocol === "ttapi" && v.profile && v.profile !== "generic") {
      ctx.addIssue({ code: "custom", path: ["profile"], message: "profiles are for mjproxy connections; a ttapi connection has none" });
    }
  })
  .transform((v) => ({ ...v, profile: v.protocol === "ttapi" ? ("generic" as const) : (v.profile ?? ("generic" as const)) }));

export type CreateConnectionInput = z.input<typeof createConnectionSchema>;

/** What the studio shows about a connection: never the key, only its last four characters. */
export interface ConnectionDto {
  id: string;
  name: string;
  protocol: string;
  profile: string;
  baseUrl: string;
  keyHint: string;
  defaultMode: string;
  imageHosts: string[];
  concurrency: number;
  isDefault: boolean;
  status: string;
  builtin: boolean;
  jobCount: number;
  createdAt: Date;
}

export function keyHint(keyLast4: string): string {
  return `••••${keyLast4}`;
}
