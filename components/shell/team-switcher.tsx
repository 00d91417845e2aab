"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId } from "react";
import { useServerAction } from "@/components/ui/use-server-action";
import { setActiveTeamAction } from "@/lib/actions/set-active-team-action";
import { cn } from "@/components/ui/styles";
import { Options } from "@/components/ui/options";

/** For people in several teams: which team's feed, gallery and new jobs they are working in. */
export function TeamSwitcher({ teams, teamId, compact = false }: { teams: { id: string; name: string }[]; teamId: string; compact?: boolean }) {
  const id = useId();
  const router = useRouter();
  const client = useQueryClient();
  // The pending key is the team being switched to: the select shows it until the answer.
  const { run, pending: choice, error } = useServerAction<string>();

  async function switchTo(next: string) {
    const result = await run(next, () => setActiveTeamAction({ teamId: next }));
    if (result.error !== undefined) return;
    // Lists and live data belong to the team: refetch them all for the new one.
    router.refresh();
    await client.invalidateQueries();
  }

  return (
    <div className={compact ? "min-w-0" : "w-full"}>
      <label htmlFor={id} className={compact ? "sr-only" : "mb-1 block text-[11px] font-medium uppercase tracking-wide text-neutral-500"}>
        Active team
      </label>
      <select
        id={id}
        value={choice ?? teamId}
        disabled={choice !== null}
        onChange={(event) => void switchTo(event.target.value)}
        className={cn(
          "w-full truncate rounded-lg border border-white/10 bg-ink-800 py-1.5 pl-2 pr-6 text-xs",
          "text-neutral-100 focus:border-accent focus:outline-none disabled:opacity-60",
          compact ? "max-w-[7.5rem]" : "",
        )}
      >
        <Options items={teams.map((team) => ({ value: team.id, label: team.name }))} />
      </select>
      {error && (
        <p role="alert" className="mt-1 text-xs text-red-300">
          {error}
        </p>
      )}
    </div>
  );
}
