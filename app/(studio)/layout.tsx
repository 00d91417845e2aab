import { requirePageUser } from "@/lib/auth/session";
import { AppShell } from "@/components/shell/app-shell";
import { LiveUpdatesProvider } from "@/components/live/live-updates";

export const dynamic = "force-dynamic";

export default async function StudioLayout({ children }: { children: React.ReactNode }) {
  const user = await requirePageUser();
  const team = user.teams.find((t) => t.id === user.teamId);
  return (
    <AppShell
      user={{
        name: user.name,
        email: user.email,
        role: user.role,
        teamName: team?.name ?? "",
        teamId: user.teamId,
        teams: user.teams.map(({ id, name }) => ({ id, name })),
      }}
    >
      <LiveUpdatesProvider>{children}</LiveUpdatesProvider>
    </AppShell>
  );
}
