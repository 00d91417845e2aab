import "server-only";
import { assertAdmin, type AdminActor } from "@/lib/data/users/assert-admin";
import { AppError } from "@/lib/errors";
import { createConnection } from "@/lib/trusted/connections/create-connection";
import { InvalidConnectionError, type ConnectionIssue, type CreateConnectionInput } from "./connection-schemas";

/** How the admin form names each field, so a problem reads as a sentence there. */
const LABELS: Record<string, string> = {
  name: "The name",
  protocol: "The protocol",
  profile: "The profile",
  baseUrl: "The base URL",
  apiKey: "The API key",
  defaultMode: "The speed mode",
  concurrency: "Concurrency",
  rateLimitPerMin: "The rate limit",
  actionCosts: "A price",
  imageHosts: "An image host",
  teamIds: "A team",
};

function sentence({ field, message }: ConnectionIssue): string {
  // Messages that are already sentences (the price list's) stand as they are.
  if (/^[A-Z]/.test(message)) return message;
  return `${LABELS[field.split(".")[0]] ?? "The connection"} ${message}.`;
}

/**
 * An admin adds a connection: the admin check, then the one path every connection is added by
 * (createConnection: validation, transaction, audit row); its problems worded for the form.
 */
export async function addConnection(actor: AdminActor, input: CreateConnectionInput): Promise<{ id: string; name: string }> {
  assertAdmin(actor);
  try {
    const created = await createConnection(input, { id: actor.id, email: actor.email });
    return { id: created.id, name: created.name };
  } catch (error) {
    if (error instanceof InvalidConnectionError) throw new AppError("BAD_REQUEST", error.issues.map(sentence).join(" "));
    throw error;
  }
}
