import "server-only";
import { db } from "@/lib/db";
import { CONNECTION_STATUSES, type ConnectionStatus } from "@/lib/domain/connection-status";
import type { AdminConnectionDTO } from "@/lib/dto/admin";
import { assertAdmin } from "@/lib/data/users/assert-admin";
import { parseActionCosts } from "@/lib/jobs/job-cost";
import type { SessionUser } from "@/lib/data/users/get-session-user";
import { connectionPublicSelect } from "./connection-public-select";
import { keyHint } from "./connection-schemas";
import { parseImageHosts } from "./image-host-schema";
import { emptyHealth, listConnectionHealth } from "./list-connection-health";

/** Every connection with its teams and health, for admins. The key itself is never selected. */
export async function listAdminConnections(actor: Pick<SessionUser, "role">): Promise<AdminConnectionDTO[]> {
  assertAdmin(actor);
  const [rows, health] = await Promise.all([
    db.vendorConnection.findMany({
      orderBy: [{ isDefault: "desc" }, { createdAt: "asc" }],
      select: {
        ...connectionPublicSelect,
        rateLimitPerMin: true,
        actionCosts: true,
        teams: { select: { team: { select: { id: true, name: true } } }, orderBy: { team: { name: "asc" } } },
      },
    }),
    listConnectionHealth(),
  ]);
  // A retired or disabled connection sorts after the active ones.
  const order = (status: string) => CONNECTION_STATUSES.indexOf(status as ConnectionStatus);
  return rows
    .map(({ keyLast4, teams, createdAt, status, actionCosts, imageHosts, ...row }) => ({
      ...row,
      actionCosts: parseActionCosts(actionCosts),
      imageHosts: parseImageHosts(imageHosts),
      status: (CONNECTION_STATUSES as readonly string[]).includes(status) ? (status as ConnectionStatus) : "DISABLED",
      keyHint: keyHint(keyLast4),
      createdAt: createdAt.toISOString(),
      teams: teams.map((t) => t.team),
      health: health.get(row.id) ?? emptyHealth(),
    }))
    .sort((a, b) => order(a.status) - order(b.status));
}
