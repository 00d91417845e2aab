import "server-only";
import { getVendorClientForConnection } from "@/lib/trusted/connections/get-vendor-client-for-connection";
import type { SessionUser } from "@/lib/data/users/get-session-user";
import { resolveConnection } from "./resolve-connection";

/** The vendor's own prompt check where it offers one (TTAPI promptCheck). */
export async function checkPrompt(user: SessionUser, prompt: string, connectionId?: string): Promise<{ ok: boolean; message: string; checked: boolean }> {
  const connection = await resolveConnection(user, connectionId);
  const client = await getVendorClientForConnection(connection.id);
  if (!client.promptCheck) return { ok: true, checked: false, message: "This vendor does not check prompts before submitting." };
  const result = await client.promptCheck(prompt);
  return { ...result, checked: true };
}
