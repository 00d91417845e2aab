import type { Metadata } from "next";
import { getAdminPageUser } from "@/lib/auth/admin-page";
import { listPendingInvites } from "@/lib/data/invites/list-pending-invites";
import { listTeamOptions } from "@/lib/data/teams/list-team-options";
import { listAdminUsers } from "@/lib/data/users/list-admin-users";
import { Forbidden } from "@/components/ui/forbidden";
import { AdminHeader } from "@/components/admin/admin-header";
import { InvitePanel } from "@/components/admin/users/invite-panel";
import { PendingInvites } from "@/components/admin/users/pending-invites";
import { PeopleList } from "@/components/admin/users/people-list";

export const metadata: Metadata = { title: "People · Admin" };

export default async function UsersPage() {
  const user = await getAdminPageUser("/admin/users");
  if (!user) return <Forbidden />;
  const [people, invites, teams] = await Promise.all([listAdminUsers(user), listPendingInvites(user), listTeamOptions(user)]);
  return (
    <>
      <AdminHeader title="People" description="Who can sign in, with which role. Team membership is managed on the Teams page." />
      <InvitePanel teams={teams} defaultTeamId={user.teamId} />
      <PendingInvites invites={invites} />
      <PeopleList people={people} selfId={user.id} />
    </>
  );
}
