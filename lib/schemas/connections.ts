// What an admin may send about a vendor connection (the add and edit forms, their actions).
import { z } from "zod";
import { CONNECTION_STATUSES } from "@/lib/domain/connection-status";
import { SPEED_MODES } from "@/lib/domain/speed-mode";
import { PROFILES } from "@/lib/domain/vendor-protocol";
import type { CreateConnectionInput } from "@/lib/data/connections/connection-schemas";
import { actionCostsSchema } from "@/lib/jobs/job-cost";
import { imageHostsSchema } from "@/lib/data/connections/image-host-schema";

const id = z.string().trim().min(1, "Missing id.").max(64);

export const connectionNameField = z
  .string()
  .trim()
  .min(1, "Give the connection a name.")
  .max(60, "The name must be at most 60 characters.")
  .regex(/^[\p{L}\p{N} ._()-]+$/u, "The name may use letters, digits, spaces and . _ ( ) - only.");

export const baseUrlField = z
  .string()
  .trim()
  .url("The base URL must be a URL such as https://api.ttapi.io.")
  .refine((v) => /^https?:\/\//i.test(v), "The base URL must start with http:// or https://.")
  .refine(
    (v) => !URL.canParse(v) || (!new URL(v).username && !new URL(v).password),
    "The base URL must not contain a user name or password: put the key in the key field.",
  )
  .transform((v) => v.replace(/\/+$/, ""));

export const apiKeyField = z
  .string()
  .trim()
  .min(8, "The API key looks too short (at least 8 characters).")
  .max(512, "The API key is too long.")
  .regex(/^\S+$/, "The API key must not contain spaces.");

const limits = {
  defaultMode: z.enum(SPEED_MODES, { error: "Choose fast, relax or turbo." }).default("fast"),
  concurrency: z.coerce
    .number()
    .int("Concurrency must be a whole number.")
    .min(1, "Concurrency must be at least 1.")
    .max(100, "Concurrency must be at most 100."),
  rateLimitPerMin: z.coerce
    .number()
    .int("The rate limit must be a whole number.")
    .min(1, "The rate limit must be at least 1 per minute.")
    .max(6000, "The rate limit must be at most 6000 per minute."),
  /** Empty: every team may use the connection. */
  teamIds: z.array(id).max(200).default([]),
  /** Budget units per action kind; a kind left out costs the studio's default. */
  actionCosts: actionCostsSchema.default({}),
  /** Extra hosts its images may be downloaded from ("host" or "host:port"). */
  imageHosts: imageHostsSchema,
};

/**
 * Adding a connection is validated once, by createConnectionSchema inside createConnection (the
 * path the CLI and the studio use too): the action only checks that it got an object.
 */
export const addConnectionSchema = z.custom<CreateConnectionInput>((v) => typeof v === "object" && v !== null && !Array.isArray(v), "Fill in the form.");
export type AddConnectionInput = CreateConnectionInput;

export const editConnectionSchema = z.object({
  id,
  name: connectionNameField,
  profile: z.enum(PROFILES).default("generic"),
  baseUrl: baseUrlField,
  /** Write-only: blank keeps the stored key. */
  apiKey: z
    .string()
    .trim()
    .max(512)
    .optional()
    .transform((v) => v || undefined)
    .pipe(apiKeyField.optional()),
  ...limits,
});
export type EditConnectionInput = z.input<typeof editConnectionSchema>;

export const connectionIdSchema = z.object({ id });
export const connectionStatusSchema = z.object({ id, status: z.enum(CONNECTION_STATUSES) });
