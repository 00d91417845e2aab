import type { AdminConnectionDTO } from "@/lib/dto/admin";
import { Badge } from "@/components/admin/badge";

export function ConnectionStatusBadge({ connection }: { connection: Pick<AdminConnectionDTO, "status" | "isDefault"> }) {
  return (
    <span className="inline-flex flex-wrap gap-1.5">
      {connection.isDefault && <Badge tone="accent">Default</Badge>}
      {connection.status === "ACTIVE" && <Badge tone="good">Active</Badge>}
      {connection.status === "DISABLED" && <Badge tone="bad">Disabled</Badge>}
      {connection.status === "RETIRED" && <Badge tone="warn">Retired</Badge>}
    </span>
  );
}
