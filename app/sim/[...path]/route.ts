// GET/POST /sim/* – the built-in vendor simulator (TTAPI and midjourney-proxy protocols)
import { handleSimulatorRequest } from "@/lib/simulator/handle-simulator-request";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

type Context = { params: Promise<{ path: string[] }> };

async function handle(request: Request, context: Context): Promise<Response> {
  const { path } = await context.params;
  // Segments arrive decoded; re-encode so ids with reserved characters keep their meaning.
  return handleSimulatorRequest(request, `/${path.map(encodeURIComponent).join("/")}`);
}

export const GET = handle;
export const POST = handle;
