"use client";

import { useState, type ReactNode } from "react";
import { isProfile, PROFILE_NAMES } from "@/lib/domain/vendor-protocol";
import type { AdminConnectionDTO, ConnectionTestDTO } from "@/lib/dto/admin";
import { removeConnectionAction } from "@/lib/actions/remove-connection-action";
import { setConnectionStatusAction } from "@/lib/actions/set-connection-status-action";
import { setDefaultConnectionAction } from "@/lib/actions/set-default-connection-action";
import { testConnectionAction } from "@/lib/actions/test-connection-action";
import { Icon } from "@/components/ui/icon";
import { ActionMessage } from "@/components/admin/action-message";
import { Badge } from "@/components/admin/badge";
import { ConfirmButton } from "@/components/admin/confirm-button";
import { cn, panel, smallButton } from "@/components/ui/styles";
import { useAdminAction } from "@/components/admin/use-admin-action";
import { ConnectionForm } from "./connection-form";
import { ConnectionStatusBadge } from "./connection-status-badge";
import { healthSummary } from "./health-summary";

function protocolLabel(c: AdminConnectionDTO): string {
  return c.protocol === "ttapi" ? "TTAPI" : `midjourney-proxy · ${isProfile(c.profile) ? PROFILE_NAMES[c.profile] : c.profile}`;
}

/** One of the card's plain actions; all of them wait while another is running. */
function SmallButton({ busy, onClick, children }: { busy: boolean; onClick: () => void; children: ReactNode }) {
  return (
    <button type="button" className={smallButton} disabled={busy} onClick={onClick}>
      {children}
    </button>
  );
}

/** One vendor connection: its settings (the key only as ••••last4), health, test and lifecycle buttons. */
export function ConnectionCard({ connection: c, teams }: { connection: AdminConnectionDTO; teams: { id: string; name: string }[] }) {
  const [editing, setEditing] = useState(false);
  const [test, setTest] = useState<ConnectionTestDTO | null>(null);
  const { run, pending, error, notice } = useAdminAction();
  const headingId = `connection-${c.id}`;
  const health = healthSummary(c.health);
  const busy = pending !== null;

  const setStatus = (status: AdminConnectionDTO["status"], verb: string) =>
    run(
      status,
      () => setConnectionStatusAction({ id: c.id, status }),
      (r) => `${r.name} is ${verb}.${r.failedJobs ? ` ${r.failedJobs} waiting job${r.failedJobs === 1 ? "" : "s"} failed with a note to start again.` : ""}`,
    );

  return (
    <article aria-labelledby={headingId} className={`${panel} p-4 ${c.status === "ACTIVE" ? "" : "opacity-90"}`}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <div className="flex flex-wrap items-center gap-2">
            <h2 id={headingId} className="text-base font-semibold text-white">
              {c.name}
            </h2>
            {c.builtin && <Badge>Built-in</Badge>}
          </div>
          <p className="mt-0.5 text-sm text-neutral-400">{protocolLabel(c)}</p>
        </div>
        <ConnectionStatusBadge connection={c} />
      </div>

      <dl className="mt-3 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2 lg:grid-cols-3">
        <div className="min-w-0 sm:col-span-2 lg:col-span-3">
          <dt className="text-xs text-neutral-500">Base URL</dt>
          <dd className="break-all font-mono text-neutral-200">{c.baseUrl}</dd>
        </div>
        <div>
          <dt className="text-xs text-neutral-500">API key</dt>
          <dd className="font-mono text-neutral-200" aria-label={`Key ending in ${c.keyHint.slice(-4)}`}>
            {c.keyHint}
          </dd>
        </div>
        <div>
          <dt className="text-xs text-neutral-500">Limits</dt>
          <dd className="text-neutral-200">
            {c.concurrency} at once · {c.rateLimitPerMin} per minute · {c.defaultMode}
          </dd>
        </div>
        {c.imageHosts.length > 0 && (
          <div className="min-w-0">
            <dt className="text-xs text-neutral-500">Extra image hosts</dt>
            <dd className="break-all font-mono text-neutral-200">{c.imageHosts.join(", ")}</dd>
          </div>
        )}
        <div>
          <dt className="text-xs text-neutral-500">Teams allowed</dt>
          <dd className="text-neutral-200">{c.teams.length ? c.teams.map((t) => t.name).join(", ") : "Every team"}</dd>
        </div>
        <div className="sm:col-span-2 lg:col-span-3">
          <dt className="text-xs text-neutral-500">Health</dt>
          <dd className={health.tone === "bad" ? "text-red-300" : health.tone === "warn" ? "text-amber-300" : "text-neutral-200"}>{health.text}</dd>
          {c.health.lastFailure && (
            <dd className="mt-0.5 text-xs text-neutral-500">Last failure: {c.health.lastFailure.reason ?? c.health.lastFailure.code ?? "unknown"}</dd>
          )}
        </div>
      </dl>

      {test && (
        <p
          role="status"
          className={cn(
            "mt-3 flex items-start gap-2 rounded-lg border px-3 py-2 text-sm",
            test.ok ? "border-emerald-500/25 bg-emerald-500/10 text-emerald-300" : "border-red-500/30 bg-red-500/10 text-red-300",
          )}
        >
          <Icon name={test.ok ? "check" : "alert"} className="mt-0.5 size-4 shrink-0" />
          <span>{test.message}</span>
        </p>
      )}
      <ActionMessage error={error} notice={notice} className="mt-3" />

      {editing ? (
        <div className="mt-4 border-t border-white/5 pt-4">
          <ConnectionForm connection={c} teams={teams} onDone={() => setEditing(false)} />
        </div>
      ) : (
        <div className="mt-4 flex flex-wrap gap-2">
          <SmallButton
            busy={busy}
            onClick={() =>
              run(
                "test",
                () => testConnectionAction({ id: c.id }),
                (r) => void setTest(r),
              )
            }
          >
            {pending === "test" ? "Testing…" : "Test connection"}
          </SmallButton>
          <SmallButton busy={busy} onClick={() => setEditing(true)}>
            Edit
          </SmallButton>
          {c.status === "ACTIVE" && !c.isDefault && (
            <SmallButton
              busy={busy}
              onClick={() =>
                run(
                  "default",
                  () => setDefaultConnectionAction({ id: c.id }),
                  (r) => `${r.name} is now the default.`,
                )
              }
            >
              Make default
            </SmallButton>
          )}
          {c.status !== "ACTIVE" && (
            <SmallButton busy={busy} onClick={() => setStatus("ACTIVE", "active again")}>
              {c.status === "RETIRED" ? "Reactivate" : "Enable"}
            </SmallButton>
          )}
          {c.status !== "DISABLED" && (
            <ConfirmButton label="Disable" disabled={busy} onConfirm={() => setStatus("DISABLED", "disabled: it takes no jobs and serves no follow-ups")} />
          )}
          {c.status === "ACTIVE" && !c.builtin && (
            <ConfirmButton
              label="Retire"
              disabled={busy}
              onConfirm={() => setStatus("RETIRED", "retired: no new jobs, but follow-ups on its images still work")}
            />
          )}
          {!c.builtin && (
            <ConfirmButton
              label="Remove"
              disabled={busy}
              onConfirm={() =>
                run(
                  "remove",
                  () => removeConnectionAction({ id: c.id }),
                  (r) => r.message,
                )
              }
            />
          )}
        </div>
      )}
    </article>
  );
}
