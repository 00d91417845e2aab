import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ConnectionTestDTO } from "@/lib/dto/admin";
import { recordAudit } from "@/lib/trusted/audit/record-audit";
import { assertAdmin, type AdminActor } from "@/lib/data/users/assert-admin";
import { isVendorError } from "@/lib/vendors/vendor-error";
import { openConnectionKey } from "@/lib/trusted/connections/connection-key";
import { getVendorClientForConnection } from "@/lib/trusted/connections/get-vendor-client-for-connection";

/** A vendor may echo what it was sent; whatever it says, the key is masked before anyone sees it. */
function mask(text: string, key: string, last4: string): string {
  return key.length >= 4 ? text.split(key).join(`••••${last4}`) : text;
}

/** Calls the vendor's harmless check with the stored key and says in words how it went. */
export async function testConnection(actor: AdminActor, connectionId: string): Promise<ConnectionTestDTO> {
  assertAdmin(actor);
  const row = await db.vendorConnection.findUnique({ where: { id: connectionId }, select: { id: true, name: true, keyCiphertext: true, keyLast4: true } });
  if (!row) throw new AppError("NOT_FOUND", "That connection no longer exists.");
  const key = openConnectionKey(row.keyCiphertext);
  let result: ConnectionTestDTO;
  try {
    const check = await (await getVendorClientForConnection(row.id)).checkConnection();
    const said = mask(check.message, key, row.keyLast4);
    if (check.ok) result = { ok: true, verdict: "ok", latencyMs: check.latencyMs, message: `OK: answered in ${check.latencyMs} ms. ${said}` };
    else if (check.failureCode === "BAD_KEY")
      result = {
        ok: false,
        verdict: "bad_key",
        latencyMs: check.latencyMs,
        message: `Bad key: the vendor refused the API key. Check it and save it again. (${said})`,
      };
    else if (check.failureCode === "NETWORK" || check.failureCode === "TIMEOUT")
      result = {
        ok: false,
        verdict: "unreachable",
        latencyMs: check.latencyMs,
        message: `Unreachable: the studio could not reach the vendor at this address. (${said})`,
      };
    else if (check.failureCode === "QUOTA")
      result = { ok: false, verdict: "quota", latencyMs: check.latencyMs, message: `The key works, but the account is out of credit. (${said})` };
    else result = { ok: false, verdict: "error", latencyMs: check.latencyMs, message: `The vendor answered with an error. (${said})` };
  } catch (error) {
    const detail = isVendorError(error) ? mask(error.message, key, row.keyLast4) : "unexpected error";
    console.warn(`[admin] connection test of ${row.name} failed: ${detail}`);
    result = { ok: false, verdict: "unreachable", latencyMs: 0, message: `Unreachable: the studio could not complete the check. (${detail})` };
  }
  await recordAudit({
    action: "connection.tested",
    actorId: actor.id,
    actorEmail: actor.email,
    targetType: "VendorConnection",
    targetId: row.id,
    details: { name: row.name, ok: result.ok, verdict: result.verdict, latencyMs: result.latencyMs },
  });
  return result;
}
