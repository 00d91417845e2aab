// What a vendor connection may look like, shared by the CLI, the admin actions and the data layer.
import { z } from "zod";
import type { AdminConnectionDTO } from "@/lib/dto/admin";
import { AppError } from "@/lib/errors";
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

/**
 * The one description of a new connection, for every way one is added (the admin form, the CLI,
 * the studio's own built-in simulator). Messages are phrases ("must not be empty"): each edge
 * names the field its own way (the form's label, the CLI's flag, the field's path).
 */
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
    defaultMode: z.enum(SPEED_MODES, { error: "must be fast, relax or turbo" }).default("fast"),
    concurrency: z.coerce.number().int("must be a whole number").min(1, "must be at least 1").max(100, "must be at most 100").default(10),
    /** Requests per minute to the vendor; left out, the database's default. */
    rateLimitPerMin: z.coerce
      .number()
      .int("must be a whole number")
      .min(1, "must be at least 1 per minute")
      .max(6000, "must be at most 6000 per minute")
      .optional(),
    /** Budget units per action kind where this vendor's prices differ from the defaults. */
    actionCosts: actionCostsSchema.default({}),
    isDefault: z.boolean().default(false),
    /** Extra hosts its images may be downloaded from ("host" or "host:port"). */
    imageHosts: imageHostsSchema,
    /** The teams that may use it; empty: every team. */
    teamIds: z.array(z.string().trim().min(1, "must not be empty").max(64)).max(200).default([]),
  })
  .superRefine((v, ctx) => {
    if (v.protocol === "ttapi" && v.profile && v.profile !== "generic") {
      ctx.addIssue({ code: "custom", path: ["profile"], message: "profiles are for mjproxy connections; a ttapi connection has none" });
    }
  })
  .transform((v) => ({ ...v, profile: v.protocol === "ttapi" ? ("generic" as const) : (v.profile ?? ("generic" as const)) }));

export type CreateConnectionInput = z.input<typeof createConnectionSchema>;
export type NewConnection = z.output<typeof createConnectionSchema>;

/** One problem with a new connection: which field, and what is wrong with it (a phrase). */
export interface ConnectionIssue {
  field: string;
  message: string;
}

/** A new connection that does not fit createConnectionSchema; each edge words `issues` its own way. */
export class InvalidConnectionError extends AppError {
  readonly issues: ConnectionIssue[];

  constructor(issues: ConnectionIssue[]) {
    super("BAD_REQUEST", `The connection is not valid: ${issues.map((i) => `${i.field || "input"} ${i.message}`).join("; ")}.`);
    this.issues = issues;
  }
}

/** The one validation of a new connection: its parsed form, or an InvalidConnectionError naming every problem. */
export function parseNewConnection(input: unknown): NewConnection {
  const parsed = createConnectionSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new InvalidConnectionError(parsed.error.issues.map((issue) => ({ field: issue.path.map(String).join("."), message: issue.message })));
}

/**
 * What the studio shows about a connection: never the key, only its last four characters.
 * The fields it shares with the admin pages' view come from that one shape; status stays a plain
 * string and createdAt a Date: this view is the database row as the CLI and lib/trusted read it.
 */
export type ConnectionDto = Pick<
  AdminConnectionDTO,
  "id" | "name" | "protocol" | "profile" | "baseUrl" | "keyHint" | "defaultMode" | "imageHosts" | "concurrency" | "isDefault" | "builtin"
> & { status: string; jobCount: number; createdAt: Date };

export function keyHint(keyLast4: string): string {
  return `••••${keyLast4}`;
}
