"use client";

import type { AdminUserDTO } from "@/lib/dto/admin";
import { setUserDisabledAction } from "@/lib/actions/set-user-disabled-action";
import { setUserRoleAction } from "@/lib/actions/set-user-role-action";
import { unlockUserSignInAction } from "@/lib/actions/unlock-user-sign-in-action";
import { ActionMessage } from "@/components/admin/action-message";
import { Badge } from "@/components/admin/badge";
import { ConfirmButton } from "@/components/admin/confirm-button";
import { panel, smallButton, smallDanger } from "@/components/ui/styles";
import { LocalTime } from "@/components/admin/local-time";
import { useAdminAction } from "@/components/admin/use-admin-action";
import { SetPasswordControl } from "./set-password-control";

/** Everyone with an account: role, teams, last sign-in; make admin or member, disable or enable. */
export function PeopleList({ people, selfId }: { people: AdminUserDTO[]; selfId: string }) {
  const { run, pending, error, notice } = useAdminAction();
  return (
    <section aria-labelledby="people-heading" className={`${panel} mt-6 p-4`}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="people-heading" className="text-base font-semibold">
          People <span className="text-sm font-normal text-neutral-500">({people.length})</span>
        </h2>
        <p className="text-xs text-neutral-500">A role change, a disable or a new password signs the person out at their next click.</p>
      </div>
      <ActionMessage error={error} notice={notice} className="mt-3" />
      <ul className="mt-2 divide-y divide-white/5">
        {people.map((person) => {
          const self = person.id === selfId;
          const label = person.name || person.email;
          return (
            <li key={person.id} aria-label={person.email} className="grid gap-2 py-3 md:grid-cols-[minmax(0,1.5fr)_minmax(0,1fr)_auto] md:items-center">
              <div className="min-w-0">
                <p className="flex flex-wrap items-center gap-2 text-sm font-medium text-white">
                  <span className="truncate">{label}</span>
                  {self && <span className="text-xs font-normal text-neutral-500">(you)</span>}
                  <Badge tone={person.role === "ADMIN" ? "accent" : "neutral"}>{person.role === "ADMIN" ? "Admin" : "Member"}</Badge>
                  {person.disabled && <Badge tone="bad">Disabled</Badge>}
                  {person.signInLockedUntil && <Badge tone="bad">Sign-in locked</Badge>}
                </p>
                <p className="truncate text-xs text-neutral-500">{person.email}</p>
              </div>
              <div className="min-w-0 text-xs text-neutral-400">
                <p className="truncate">{person.teams.map((t) => `${t.name}${t.role === "OWNER" ? " (owner)" : ""}`).join(", ") || "No team"}</p>
                <p className="text-neutral-500">
                  {person.lastSignInAt ? (
                    <>
                      Last sign-in <LocalTime iso={person.lastSignInAt} />
                    </>
                  ) : (
                    "Never signed in"
                  )}
                </p>
                {person.signInLockedUntil && (
                  <p className="text-amber-300">
                    Too many failed sign-ins: locked until <LocalTime iso={person.signInLockedUntil} />
                  </p>
                )}
              </div>
              <div className="flex flex-wrap gap-2 md:justify-end">
                {person.signInLockedUntil && (
                  <button
                    type="button"
                    aria-label={`Unlock sign-in for ${label}`}
                    className={smallButton}
                    disabled={pending !== null}
                    onClick={() =>
                      run(
                        `unlock-${person.id}`,
                        () => unlockUserSignInAction({ userId: person.id }),
                        (r) => `${r.email} can sign in again now.`,
                      )
                    }
                  >
                    Unlock sign-in
                  </button>
                )}
                {person.role === "MEMBER" ? (
                  <button
                    type="button"
                    aria-label={`Make ${label} an admin`}
                    className={smallButton}
                    disabled={pending !== null || person.disabled}
                    onClick={() =>
                      run(
                        `role-${person.id}`,
                        () => setUserRoleAction({ userId: person.id, role: "ADMIN" }),
                        (r) => `${r.email} is now an admin.`,
                      )
                    }
                  >
                    Make admin
                  </button>
                ) : (
                  <ConfirmButton
                    label={self ? "Step down" : "Make member"}
                    confirmLabel={self ? "Confirm: sign me out" : "Confirm: make member"}
                    className={smallButton}
                    disabled={pending !== null}
                    onConfirm={() =>
                      run(
                        `role-${person.id}`,
                        () => setUserRoleAction({ userId: person.id, role: "MEMBER" }),
                        (r) => `${r.email} is now a member.`,
                      )
                    }
                  />
                )}
                {!self && <SetPasswordControl userId={person.id} label={label} run={run} busy={pending !== null} />}
                {!self &&
                  (person.disabled ? (
                    <button
                      type="button"
                      aria-label={`Enable ${label}`}
                      className={smallButton}
                      disabled={pending !== null}
                      onClick={() =>
                        run(
                          `disable-${person.id}`,
                          () => setUserDisabledAction({ userId: person.id, disabled: false }),
                          (r) => `${r.email} can sign in again.`,
                        )
                      }
                    >
                      Enable
                    </button>
                  ) : (
                    <button
                      type="button"
                      aria-label={`Disable ${label}`}
                      className={smallDanger}
                      disabled={pending !== null}
                      onClick={() =>
                        run(
                          `disable-${person.id}`,
                          () => setUserDisabledAction({ userId: person.id, disabled: true }),
                          (r) => `${r.email} is disabled and signed out.`,
                        )
                      }
                    >
                      Disable
                    </button>
                  ))}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
