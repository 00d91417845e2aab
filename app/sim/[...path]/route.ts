// GET/POST /sim/* – the built-in vendor (the @atelier/vendor-simulator package, held by lib/builtin-vendor)
import { getBuiltinVendor } from "@/lib/builtin-vendor/builtin-vendor";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

type Context = { params: Promise<{ path: string[] }> };

async function handle(request: Request, context: Context): Promise<Response> {
  const { path } = await context.params;
  // Segments arrive decoded; re-encode so ids with reserved characters keep their meaning.
  return getBuiltinVendor().handle(request, `/${path.map(encodeURIComponent).join("/")}`);
}

export const GET = handle;
export const POST = handle;
