"use client";

import { useId, useState } from "react";
import type { CreatedInviteDTO } from "@/lib/dto/admin";
import { createInviteAction } from "@/lib/actions/create-invite-action";
import { Button } from "@/components/ui/button";
import { ActionMessage } from "@/components/admin/action-message";
import { fieldHint, fieldInput, fieldLabel, fieldSelect, panel, smallButton } from "@/components/ui/styles";
import { LocalTime } from "@/components/admin/local-time";
import { useAdminAction } from "@/components/admin/use-admin-action";
import { Options } from "@/components/ui/options";

/** Makes an invite link (single use, expiring) and shows it this one time, ready to copy. */
export function InvitePanel({ teams, defaultTeamId }: { teams: { id: string; name: string }[]; defaultTeamId: string }) {
  const ids = { email: useId(), role: useId(), team: useId(), days: useId(), link: useId() };
  const [created, setCreated] = useState<(CreatedInviteDTO & { url: string }) | null>(null);
  const [copied, setCopied] = useState(false);
  const { run, pending, error } = useAdminAction();

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setCopied(false);
    const invite = await run("invite", () =>
      createInviteAction({
        email: String(data.get("email") ?? ""),
        role: data.get("role") === "ADMIN" ? "ADMIN" : "MEMBER",
        teamId: String(data.get("teamId")),
        expiresInDays: Number(data.get("expiresInDays")),
      }),
    );
    if (invite) setCreated({ ...invite, url: `${window.location.origin}/invite/${invite.token}` });
  }

  return (
    <section aria-labelledby="invite-heading" className={`${panel} p-4`}>
      <h2 id="invite-heading" className="text-base font-semibold">
        Invite someone
      </h2>
      <p className="mt-1 text-sm text-neutral-400">They open the link, choose a name and password, and join the team. The link works once.</p>
      <form onSubmit={onSubmit} className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-[1.4fr_1fr_1fr_1fr_auto] lg:items-end" noValidate>
        <div>
          <label htmlFor={ids.email} className={fieldLabel}>
            E-mail (optional)
          </label>
          <input id={ids.email} name="email" type="email" autoComplete="off" placeholder="Anyone with the link" className={fieldInput} />
        </div>
        <div>
          <label htmlFor={ids.team} className={fieldLabel}>
            Team
          </label>
          <select id={ids.team} name="teamId" defaultValue={defaultTeamId} className={fieldSelect}>
            <Options items={teams.map((t) => ({ value: t.id, label: t.name }))} />
          </select>
        </div>
        <div>
          <label htmlFor={ids.role} className={fieldLabel}>
            Role
          </label>
          <select id={ids.role} name="role" defaultValue="MEMBER" className={fieldSelect}>
            <option value="MEMBER">Member</option>
            <option value="ADMIN">Admin</option>
          </select>
        </div>
        <div>
          <label htmlFor={ids.days} className={fieldLabel}>
            Expires after
          </label>
          <select id={ids.days} name="expiresInDays" defaultValue="7" className={fieldSelect}>
            {[1, 3, 7, 14, 30].map((d) => (
              <option key={d} value={d}>
                {d} day{d === 1 ? "" : "s"}
              </option>
            ))}
          </select>
        </div>
        <Button type="submit" disabled={pending !== null}>
          {pending ? "Creating…" : "Create invite link"}
        </Button>
      </form>
      <ActionMessage error={error} className="mt-3" />
      {created && (
        <div role="status" className="mt-4 rounded-xl border border-emerald-500/25 bg-emerald-500/10 p-3">
          <label htmlFor={ids.link} className="mb-1.5 block text-sm font-medium text-emerald-200">
            Invite link
          </label>
          <div className="flex flex-wrap gap-2">
            <input
              id={ids.link}
              readOnly
              value={created.url}
              onFocus={(e) => e.currentTarget.select()}
              className={`${fieldInput} min-w-0 flex-1 font-mono text-xs`}
            />
            <button
              type="button"
              className={smallButton}
              onClick={() => {
                void navigator.clipboard?.writeText(created.url).then(() => setCopied(true));
              }}
            >
              {copied ? "Copied" : "Copy link"}
            </button>
          </div>
          <p className={fieldHint}>
            Shown only now: the studio keeps just a fingerprint of it. Works once, until <LocalTime iso={created.expiresAt} />.
          </p>
        </div>
      )}
    </section>
  );
}
