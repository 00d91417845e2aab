// The entry point the Next route delegates to: one web Request in, one Response out.
import { getDefaultSimulator } from "./default-simulator";

/** `path` is the part after /sim, e.g. "/ttapi/midjourney/v1/imagine". */
export function handleSimulatorRequest(request: Request, path: string): Promise<Response> {
  return getDefaultSimulator().handle(request, path);
}
