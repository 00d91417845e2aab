// Environment configuration, validated once with zod. Every missing or bad variable is
// listed in one error so an operator fixes them all in one go.
import { z } from "zod";
import { parseTrustedProxies } from "./http/client-ip";
import { refineStorageUrl } from "./storage/storage-url";

const optionalUrl = z
  .string()
  .trim()
  .url("must be a URL such as https://studio.example.com")
  .optional()
  .or(z.literal("").transform(() => undefined));

/** An http(s) URL reduced to its origin (scheme, host, port): where a vendor's links point. */
const optionalOrigin = z
  .string()
  .trim()
  .refine((value) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol), "must be an http(s) origin such as http://127.0.0.2:3000")
  .transform((value) => new URL(value).origin)
  .optional();

const flag = (fallback: "0" | "1") => z.enum(["0", "1"], "must be 0 or 1").default(fallback);

export const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int("must be a whole number").min(1, "must be 1-65535").max(65535, "must be 1-65535").default(3000),
  DATA_DIR: z.string().min(1).default(".data"),
  // A SQLite file (file:PATH; unset: DATA_DIR/atelier.db) or PostgreSQL (lib/database-url.ts).
  DATABASE_URL: z
    .string()
    .refine(
      (v) => v.startsWith("file:") || (/^postgres(ql)?:\/\//i.test(v) && URL.canParse(v)),
      "must be a SQLite file (file:PATH) or a PostgreSQL URL (postgresql://USER:PASSWORD@HOST:5432/DATABASE)",
    )
    .optional(),
  NEXTAUTH_SECRET: z.string().min(32, "must be at least 32 characters (leave unset to generate one)").optional(),
  MASTER_KEY: z.string().min(32, "must be at least 32 characters (leave unset to generate one)").optional(),
  ADMIN_EMAIL: z.string().trim().toLowerCase().email("must be an email address").optional(),
  ADMIN_PASSWORD: z.string().min(10, "must be at least 10 characters").optional(),
  PUBLIC_URL: optionalUrl,
  // The built-in vendor (lib/builtin-vendor passes these to the simulator package).
  SIMULATOR_STEP_MS: z.coerce.number().int().min(10, "must be at least 10").max(60000).default(700),
  // Its own data folder (tests); by default it keeps its files in DATA_DIR.
  SIMULATOR_DIR: z.string().min(1).optional(),
  // 1 mounts /sim/_control, the test knobs (they need the simulator's API key).
  SIMULATOR_KNOBS: flag("0"),
  // New API's poller period, like New API's own 15 s.
  SIMULATOR_NEWAPI_POLLER_MS: z.coerce.number().int().min(10, "must be at least 10").max(3_600_000).default(15_000),
  // New API's ServerAddress, where its image links point (default http://localhost:3000).
  SIMULATOR_NEWAPI_SERVER_ADDRESS: optionalOrigin,
  // 0: the trueai account has no Remix.
  SIMULATOR_TRUEAI_REMIX: flag("1"),
  // Where trueai's image links point, e.g. http://127.0.0.2:3000 (default: the request's own origin).
  SIMULATOR_TRUEAI_CDN_ORIGIN: optionalOrigin,
  POLL_INTERVAL_MS: z.coerce.number().int().min(50, "must be at least 50").max(600000).default(2000),
  JOB_TIMEOUT_S: z.coerce.number().int().min(5, "must be at least 5").max(86400).default(900),
  // Reverse proxies whose X-Forwarded-For is believed (IPs and CIDR ranges, comma-separated).
  TRUSTED_PROXIES: z
    .string()
    .optional()
    .superRefine((value, ctx) => {
      try {
        parseTrustedProxies(value);
      } catch (error) {
        ctx.addIssue({ code: "custom", message: `${(error as Error).message}; list IPs and CIDR ranges separated by commas` });
      }
    }),
  // Megabytes one person may upload (references, blend and describe images, masks) per 24 hours.
  UPLOAD_QUOTA_MB_PER_DAY: z.coerce.number().int("must be a whole number").min(1, "must be at least 1").max(1_000_000).default(200),
  // Image storage (docs/storage.md). Unset: local files under DATA_DIR/images. s3://bucket/prefix:
  // an S3-compatible bucket, which must already exist. The S3 names are the ones operators and
  // the AWS tools already use.
  STORAGE_URL: z.string().trim().superRefine(refineStorageUrl).optional(),
  // Empty for AWS itself; the API endpoint of R2, MinIO, OSS, COS, ... otherwise.
  S3_ENDPOINT: z
    .string()
    .trim()
    .refine((v) => URL.canParse(v) && /^https?:$/.test(new URL(v).protocol), "must be an http(s) URL such as https://s3.example.com")
    .optional(),
  AWS_REGION: z
    .string()
    .trim()
    .regex(/^[a-z0-9-]+$/, "must be a region name such as us-east-1 (R2: auto)")
    .default("us-east-1"),
  AWS_ACCESS_KEY_ID: z.string().trim().optional(),
  AWS_SECRET_ACCESS_KEY: z.string().optional(),
  // true for servers that want https://host/bucket/key (MinIO, s3rver) instead of https://bucket.host/key.
  S3_FORCE_PATH_STYLE: z
    .enum(["true", "false", "1", "0"], "must be true or false")
    .transform((v) => v === "true" || v === "1")
    .default(false),
});

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Atelier cannot start: fix these environment variables:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "EnvError";
  }
}

/** Parse an environment; empty strings count as unset. Throws EnvError listing every problem. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const result = envSchema.safeParse(cleaned);
  // Checked apart from the schema so it is reported together with every other problem.
  const pairProblem =
    Boolean(cleaned.ADMIN_EMAIL) !== Boolean(cleaned.ADMIN_PASSWORD)
      ? [`${cleaned.ADMIN_EMAIL ? "ADMIN_PASSWORD" : "ADMIN_EMAIL"}: set ADMIN_EMAIL and ADMIN_PASSWORD together, or neither`]
      : [];
  if (result.success && pairProblem.length === 0) return result.data;
  const issues = result.success ? [] : result.error.issues;
  const problems = issues.map((issue) => {
    const name = issue.path.join(".") || "environment";
    const given = typeof cleaned[name] === "string" && !/SECRET|KEY|PASSWORD/.test(name) ? ` (got "${cleaned[name]}")` : "";
    return `${name}: ${issue.message}${given}`;
  });
  throw new EnvError([...problems, ...pairProblem]);
}

let cached: Env | undefined;

/** The process environment, parsed once. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
