// The one wrapper every cookie-authenticated route handler goes through: same-origin check for
// writes → session → params, query and form validated with zod → handler → its Response, with
// errors mapped to JSON (AppError's status and message, else 500). Each handler receives the
// signed-in user and must authorize on the resource itself, as actions do (authedAction).
import "server-only";
import type { z } from "zod";
import { requireUser, requireUserForPasswordChange, type SignedInUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { assertSameOrigin } from "./assert-same-origin";
import { errorResponse } from "./error-response";

/** A multipart body: its size is checked before it is read, then its fields against `fields`. */
export interface FormSchema<F extends z.ZodType = z.ZodType> {
  fields: F;
  maxBytes: number;
  /** Said when Content-Length is over maxBytes. */
  tooLarge: string;
  /** Said when the body is not multipart form data. */
  notMultipart: string;
}

export interface RouteSchema {
  /** The dynamic segments. Segments that do not fit name nothing: 404, the same answer as "not yours". */
  params?: z.ZodType;
  /** The search parameters (empty ones left out). A problem is a 400 that names the parameter. */
  query?: z.ZodType;
  form?: FormSchema;
  /** For the event stream, which only reads: someone who must still change a generated password keeps it. */
  allowPendingPassword?: boolean;
}

type Parsed<T> = T extends z.ZodType ? z.output<T> : undefined;

export interface RouteInput<S extends RouteSchema> {
  request: Request;
  user: SignedInUser;
  params: Parsed<S["params"]>;
  query: Parsed<S["query"]>;
  form: S["form"] extends FormSchema<infer F> ? z.output<F> : undefined;
}

/** Methods that change something: a page on another site can make a browser send them with the cookie. */
const WRITES = new Set(["POST", "PUT", "PATCH", "DELETE"]);

// Slack for the multipart framing around the file itself.
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

function notFound(): Response {
  return Response.json({ error: "Not found." }, { status: 404, headers: { "Cache-Control": "no-store" } });
}

async function readForm(request: Request, schema: FormSchema): Promise<unknown> {
  if (Number(request.headers.get("content-length") ?? 0) > schema.maxBytes + MULTIPART_OVERHEAD_BYTES) throw new AppError("PAYLOAD_TOO_LARGE", schema.tooLarge);
  const form = await request.formData().catch(() => {
    throw new AppError("BAD_REQUEST", schema.notMultipart);
  });
  // The first value of each field, as FormData.get gives it.
  const fields: Record<string, FormDataEntryValue> = {};
  for (const [name, value] of form) if (!(name in fields)) fields[name] = value;
  const parsed = schema.fields.safeParse(fields);
  if (!parsed.success) throw new AppError("BAD_REQUEST", parsed.error.issues.map((i) => i.message).join(" "));
  return parsed.data;
}

function readQuery(request: Request, schema: z.ZodType): unknown {
  const raw = Object.fromEntries([...new URL(request.url).searchParams].filter(([, v]) => v !== ""));
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new AppError("BAD_REQUEST", parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join(" "));
  return parsed.data;
}

/**
 * Wraps a route handler. `request` defaults to a bare GET only for tests that call a handler
 * with no arguments; Next.js always passes one. The handler's Response passes through as it is
 * (JSON, bytes or a stream).
 */
export function authedRoute<S extends RouteSchema>(schema: S, handler: (input: RouteInput<S>) => Promise<Response> | Response) {
  return async (request: Request = new Request("http://localhost/"), context?: { params: Promise<unknown> }): Promise<Response> => {
    try {
      if (WRITES.has(request.method)) assertSameOrigin(request);
      const user = schema.allowPendingPassword ? await requireUserForPasswordChange() : await requireUser();
      let params: unknown;
      if (schema.params) {
        const parsed = schema.params.safeParse((await context?.params) ?? {});
        if (!parsed.success) return notFound();
        params = parsed.data;
      }
      const query = schema.query ? readQuery(request, schema.query) : undefined;
      const form = schema.form ? await readForm(request, schema.form) : undefined;
      return await handler({ request, user, params, query, form } as RouteInput<S>);
    } catch (error) {
      return errorResponse(error);
    }
  };
}
