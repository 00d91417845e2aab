"use client";

import Link from "next/link";
import { signOut } from "next-auth/react";
import type { ShellUser } from "./app-shell";
import { TeamSwitcher } from "./team-switcher";

export function UserMenu({ user, compact = false }: { user: ShellUser; compact?: boolean }) {
  const initials = (user.name || user.email).slice(0, 1).toUpperCase();
  const switcher = user.teams.length > 1 ? <TeamSwitcher teams={user.teams} teamId={user.teamId} compact={compact} /> : null;
  return (
    <div className={`flex items-center ${compact ? "gap-2" : "flex-wrap gap-3 rounded-xl border border-white/5 bg-ink-850 p-3"}`}>
      {compact && switcher}
      <span aria-hidden className="grid size-8 shrink-0 place-items-center rounded-full bg-accent-strong/30 text-sm font-semibold text-accent">
        {initials}
      </span>
      {!compact && (
        <div className="min-w-0 flex-1">
          <p className="truncate text-sm font-medium" title={user.email}>
            {user.name || user.email}
          </p>
          <p className="truncate text-xs text-neutral-500">
            {user.teamName} · {user.role === "ADMIN" ? "Admin" : "Member"}
          </p>
        </div>
      )}
      {/* Full width under the name in the sidebar, so the name is never squeezed out. */}
      <div className={compact ? "flex items-center gap-1" : "flex basis-full items-center gap-1"}>
        <Link href="/account/password" className="rounded-md px-2 py-1 text-xs text-neutral-400 hover:bg-white/5 hover:text-white">
          {compact ? "Password" : "Change password"}
        </Link>
        <button
          type="button"
          onClick={() => signOut({ callbackUrl: "/signin" })}
          className="rounded-md px-2 py-1 text-xs text-neutral-400 hover:bg-white/5 hover:text-white"
        >
          Sign out
        </button>
      </div>
      {!compact && switcher}
    </div>
  );
}
