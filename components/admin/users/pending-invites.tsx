"use client";

import type { PendingInviteDTO } from "@/lib/dto/admin";
import { revokeInviteAction } from "@/lib/actions/revoke-invite-action";
import { ActionMessage } from "@/components/admin/action-message";
import { Badge } from "@/components/admin/badge";
import { panel, smallDanger } from "@/components/ui/styles";
import { LocalTime } from "@/components/admin/local-time";
import { useAdminAction } from "@/components/admin/use-admin-action";

export function PendingInvites({ invites }: { invites: PendingInviteDTO[] }) {
  const { run, pending, error, notice } = useAdminAction();
  if (invites.length === 0) return null;
  return (
    <section aria-labelledby="pending-invites" className={`${panel} mt-4 p-4`}>
      <h2 id="pending-invites" className="text-base font-semibold">
        Pending invites
      </h2>
      <ActionMessage error={error} notice={notice} className="mt-3" />
      <ul className="mt-2 divide-y divide-white/5">
        {invites.map((invite) => (
          <li key={invite.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2.5 text-sm">
            <span className="min-w-0 font-medium text-white">{invite.email ?? "Anyone with the link"}</span>
            <Badge tone={invite.role === "ADMIN" ? "accent" : "neutral"}>{invite.role === "ADMIN" ? "Admin" : "Member"}</Badge>
            <span className="text-neutral-400">{invite.team?.name ?? "no team"}</span>
            <span className="text-xs text-neutral-500">
              by {invite.createdBy} · expires <LocalTime iso={invite.expiresAt} />
            </span>
            <button
              type="button"
              aria-label={`Revoke the invite for ${invite.email ?? "anyone with the link"}`}
              className={`${smallDanger} ml-auto`}
              disabled={pending !== null}
              onClick={() =>
                run(
                  invite.id,
                  () => revokeInviteAction({ inviteId: invite.id }),
                  () => "The invite link no longer works.",
                )
              }
            >
              Revoke
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
