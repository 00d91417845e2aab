import type { Metadata } from "next";
import { getAdminPageUser } from "@/lib/auth/admin-page";
import { listAdminConnections } from "@/lib/data/connections/list-admin-connections";
import { listTeamOptions } from "@/lib/data/teams/list-team-options";
import { Forbidden } from "@/components/ui/forbidden";
import { AdminHeader } from "@/components/admin/admin-header";
import { AddConnectionPanel } from "@/components/admin/vendors/add-connection-panel";
import { ConnectionCard } from "@/components/admin/vendors/connection-card";

export const metadata: Metadata = { title: "Vendors · Admin" };

export default async function VendorsPage() {
  const user = await getAdminPageUser("/admin/vendors");
  if (!user) return <Forbidden />;
  const [connections, teams] = await Promise.all([listAdminConnections(user), listTeamOptions(user)]);
  return (
    <>
      <AdminHeader
        title="Vendor connections"
        description="The vendor accounts jobs are sent to. Keys are stored encrypted and shown only by their last 4 characters."
      />
      <div className="mb-6 flex">
        <AddConnectionPanel teams={teams} />
      </div>
      <div className="space-y-4">
        {connections.map((connection) => (
          <ConnectionCard key={connection.id} connection={connection} teams={teams} />
        ))}
      </div>
    </>
  );
}
