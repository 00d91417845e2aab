import type { Metadata } from "next";
import { getAdminPageUser } from "@/lib/auth/admin-page";
import { listAdminTeams } from "@/lib/data/teams/list-admin-teams";
import { listAdminUsers } from "@/lib/data/users/list-admin-users";
import { Forbidden } from "@/components/ui/forbidden";
import { AdminHeader } from "@/components/admin/admin-header";
import { CreateTeamForm } from "@/components/admin/teams/create-team-form";
import { TeamCard } from "@/components/admin/teams/team-card";

export const metadata: Metadata = { title: "Teams · Admin" };

export default async function TeamsPage() {
  const user = await getAdminPageUser("/admin/teams");
  if (!user) return <Forbidden />;
  const [teams, people] = await Promise.all([listAdminTeams(user), listAdminUsers(user)]);
  const options = people.filter((p) => !p.disabled).map((p) => ({ id: p.id, label: p.name ? `${p.name} (${p.email})` : p.email }));
  return (
    <>
      <AdminHeader
        title="Teams"
        description="Each team has its own feed and gallery; jobs are shared with the team unless made private. People in several teams switch in their menu."
      />
      <CreateTeamForm />
      <div className="mt-4 grid gap-4 lg:grid-cols-2">
        {teams.map((team) => (
          <TeamCard key={team.id} team={team} people={options} />
        ))}
      </div>
    </>
  );
}
