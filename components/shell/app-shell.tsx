import { Logo } from "@/components/ui/logo";
import type { StudioRole } from "@/lib/domain/roles";
import { NavLinks, type NavItem } from "./nav-links";
import { UserMenu } from "./user-menu";

export interface ShellUser {
  name: string;
  email: string;
  role: StudioRole;
  teamName: string;
  teamId: string;
  /** Every team the user is in; more than one shows the team switcher. */
  teams: { id: string; name: string }[];
}

/** The signed-in frame: a sidebar on wide screens, a top bar and bottom tabs on phones. */
export function AppShell({ user, children }: { user: ShellUser; children: React.ReactNode }) {
  const items: NavItem[] = [
    { href: "/", label: "Create", icon: "create" },
    { href: "/gallery", label: "Gallery", icon: "gallery" },
    { href: "/blend", label: "Blend", icon: "blend" },
    { href: "/describe", label: "Describe", icon: "describe" },
    { href: "/shorten", label: "Shorten", icon: "shorten" },
    { href: "/face-swap", label: "Face swap", icon: "faceSwap" },
    { href: "/edit", label: "Edit", icon: "edit" },
    ...(user.role === "ADMIN" ? [{ href: "/admin", label: "Admin", icon: "admin" } as const] : []),
  ];
  return (
    <div className="min-h-dvh md:grid md:grid-cols-[15rem_1fr]">
      {/* The column carries the background the full page height; the sidebar inside stays in view. */}
      <div className="hidden border-r border-white/5 bg-ink-900/60 md:block">
        <aside className="md:sticky md:top-0 md:flex md:h-dvh md:flex-col md:gap-6 md:p-4">
          <Logo className="px-2 pt-1 text-lg" />
          <nav aria-label="Main" className="flex-1">
            <NavLinks items={items} orientation="vertical" />
          </nav>
          <UserMenu user={user} />
        </aside>
      </div>
      <header className="sticky top-0 z-20 flex items-center justify-between border-b border-white/5 bg-ink-950/90 px-4 py-3 backdrop-blur md:hidden">
        <Logo />
        <UserMenu user={user} compact />
      </header>
      <main id="main" className="min-w-0 pb-20 md:pb-0">
        {children}
      </main>
      <nav aria-label="Main" className="fixed inset-x-0 bottom-0 z-20 border-t border-white/5 bg-ink-950/95 backdrop-blur md:hidden">
        <NavLinks items={items} orientation="horizontal" />
      </nav>
    </div>
  );
}
