"use client";

import { useId } from "react";
import type { AdminTeamDTO } from "@/lib/dto/admin";
import { addTeamMemberAction } from "@/lib/actions/add-team-member-action";
import { removeTeamMemberAction } from "@/lib/actions/remove-team-member-action";
import { setTeamMemberRoleAction } from "@/lib/actions/set-team-member-role-action";
import { ActionMessage } from "@/components/admin/action-message";
import { Badge } from "@/components/admin/badge";
import { ConfirmButton } from "@/components/admin/confirm-button";
import { fieldLabel, fieldSelect, panel, smallButton } from "@/components/ui/styles";
import { useAdminAction } from "@/components/admin/use-admin-action";
import { Options } from "@/components/ui/options";

interface Props {
  team: AdminTeamDTO;
  people: { id: string; label: string }[];
}

/** A team: its members with their team role, remove, and a picker to add someone. */
export function TeamCard({ team, people }: Props) {
  const ids = { person: useId(), role: useId() };
  const { run, pending, error, notice } = useAdminAction();
  const headingId = `team-${team.id}`;
  const candidates = people.filter((p) => !team.members.some((m) => m.userId === p.id));
  const busy = pending !== null;

  return (
    <article aria-labelledby={headingId} className={`${panel} p-4`}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={headingId} className="text-base font-semibold text-white">
          {team.name}
        </h2>
        <p className="text-xs text-neutral-500">
          {team.members.length} member{team.members.length === 1 ? "" : "s"} · {team.jobCount} job{team.jobCount === 1 ? "" : "s"}
        </p>
      </div>
      <ActionMessage error={error} notice={notice} className="mt-3" />
      <ul className="mt-2 divide-y divide-white/5">
        {team.members.map((member) => (
          <li key={member.userId} className="flex flex-wrap items-center gap-x-3 gap-y-2 py-2.5">
            <div className="min-w-0 flex-1 basis-48">
              <p className="flex flex-wrap items-center gap-2 text-sm text-white">
                <span className="truncate">{member.name}</span>
                {member.role === "OWNER" && <Badge tone="accent">Owner</Badge>}
                {member.disabled && <Badge tone="bad">Disabled</Badge>}
              </p>
              <p className="truncate text-xs text-neutral-500">{member.email}</p>
            </div>
            <div className="flex gap-2">
              <button
                type="button"
                className={smallButton}
                disabled={busy}
                aria-label={member.role === "OWNER" ? `Make ${member.name} a plain member of ${team.name}` : `Make ${member.name} an owner of ${team.name}`}
                onClick={() =>
                  run(`role-${member.userId}`, () =>
                    setTeamMemberRoleAction({ teamId: team.id, userId: member.userId, role: member.role === "OWNER" ? "MEMBER" : "OWNER" }),
                  )
                }
              >
                {member.role === "OWNER" ? "Make member" : "Make owner"}
              </button>
              <ConfirmButton
                label="Remove"
                disabled={busy}
                onConfirm={() =>
                  run(
                    `remove-${member.userId}`,
                    () => removeTeamMemberAction({ teamId: team.id, userId: member.userId }),
                    () => `${member.name} left ${team.name}.`,
                  )
                }
              />
            </div>
          </li>
        ))}
        {team.members.length === 0 && <li className="py-3 text-sm text-neutral-500">No members yet.</li>}
      </ul>
      {candidates.length > 0 && (
        <form
          className="mt-3 flex flex-wrap items-end gap-3 border-t border-white/5 pt-3"
          onSubmit={(event) => {
            event.preventDefault();
            const data = new FormData(event.currentTarget);
            const userId = String(data.get("userId"));
            const person = candidates.find((p) => p.id === userId);
            void run(
              "add",
              () => addTeamMemberAction({ teamId: team.id, userId, role: data.get("role") === "OWNER" ? "OWNER" : "MEMBER" }),
              () => `${person?.label ?? "They"} joined ${team.name}.`,
            );
          }}
        >
          <div className="min-w-0 flex-1 basis-56">
            <label htmlFor={ids.person} className={fieldLabel}>
              Add a person to {team.name}
            </label>
            <select id={ids.person} name="userId" className={fieldSelect}>
              <Options items={candidates.map((p) => ({ value: p.id, label: p.label }))} />
            </select>
          </div>
          <div className="w-36">
            <label htmlFor={ids.role} className={fieldLabel}>
              Team role
            </label>
            <select id={ids.role} name="role" defaultValue="MEMBER" className={fieldSelect}>
              <option value="MEMBER">Member</option>
              <option value="OWNER">Owner</option>
            </select>
          </div>
          <button type="submit" className={`${smallButton} h-9`} disabled={busy}>
            Add to team
          </button>
        </form>
      )}
    </article>
  );
}
