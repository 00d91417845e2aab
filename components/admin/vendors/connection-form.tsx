"use client";

import { useId, useState } from "react";
import { SPEED_MODE_NAMES, SPEED_MODES, type SpeedMode } from "@/lib/domain/speed-mode";
import { PROFILE_NAMES, PROFILES } from "@/lib/domain/vendor-protocol";
import type { AdminConnectionDTO } from "@/lib/dto/admin";
import { addConnectionAction } from "@/lib/actions/add-connection-action";
import { editConnectionAction } from "@/lib/actions/edit-connection-action";
import { Button } from "@/components/ui/button";
import { ActionMessage } from "@/components/admin/action-message";
import { cn, fieldHint, fieldInput, fieldLabel, fieldSelect } from "@/components/ui/styles";
import { useAdminAction } from "@/components/admin/use-admin-action";
import { ConnectionCostFields, readCostFields } from "./connection-cost-fields";
import { sameOrigin } from "@/lib/http/same-origin-url";
import { Options } from "@/components/ui/options";

// Generic first: the form's default.
const PROFILE_OPTIONS = (["generic", ...PROFILES.filter((p) => p !== "generic")] as const).map((value) => ({
  value,
  label: value === "generic" ? "Generic midjourney-proxy" : PROFILE_NAMES[value],
}));

interface Props {
  teams: { id: string; name: string }[];
  /** Absent: a new connection. */
  connection?: AdminConnectionDTO;
  onDone: () => void;
}

/** A connection's limits: whole numbers from 1 up. */
function NumberField({ id, label, name, max, defaultValue }: { id: string; label: string; name: string; max: number; defaultValue: number }) {
  return (
    <div>
      <label htmlFor={id} className={fieldLabel}>
        {label}
      </label>
      <input id={id} name={name} type="number" min={1} max={max} required defaultValue={defaultValue} className={fieldInput} />
    </div>
  );
}

/**
 * Add or edit a vendor connection. The key field is write-only: it starts empty, is sent once
 * on save and cleared; editing with it blank keeps the stored key.
 */
export function ConnectionForm({ teams, connection, onDone }: Props) {
  const ids = {
    name: useId(),
    protocol: useId(),
    profile: useId(),
    url: useId(),
    key: useId(),
    mode: useId(),
    concurrency: useId(),
    rate: useId(),
    hosts: useId(),
  };
  const [protocol, setProtocol] = useState(connection?.protocol ?? "mjproxy");
  const [teamIds, setTeamIds] = useState<string[]>(connection?.teams.map((t) => t.id) ?? []);
  const [baseUrl, setBaseUrl] = useState(connection?.baseUrl ?? "");
  // The stored key is only ever sent to the origin it was saved for: another one needs it again.
  const keyNeeded = !connection || (URL.canParse(baseUrl) && !sameOrigin(baseUrl, connection.baseUrl));
  const { run, pending, error } = useAdminAction();
  const builtin = connection?.builtin ?? false;

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? "");
    const common = {
      name: text("name"),
      profile: (text("profile") || "generic") as "generic",
      baseUrl: text("baseUrl"),
      defaultMode: text("defaultMode") as SpeedMode,
      concurrency: Number(text("concurrency")),
      rateLimitPerMin: Number(text("rateLimitPerMin")),
      // One per line (commas and spaces also separate them).
      imageHosts: text("imageHosts")
        .split(/[\s,]+/)
        .filter(Boolean),
      teamIds,
      actionCosts: readCostFields(data),
    };
    const done = connection
      ? await run("save", () => editConnectionAction({ ...common, id: connection.id, apiKey: text("apiKey") }))
      : await run("save", () =>
          addConnectionAction({ ...common, protocol: protocol as "mjproxy", apiKey: text("apiKey"), isDefault: data.get("isDefault") === "on" }),
        );
    // The key leaves the page's memory as soon as it is saved.
    const keyField = form.elements.namedItem("apiKey");
    if (keyField instanceof HTMLInputElement) keyField.value = "";
    if (done) onDone();
  }

  return (
    <form onSubmit={onSubmit} aria-label={connection ? `Edit ${connection.name}` : "Add a connection"} className="space-y-4" noValidate>
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor={ids.name} className={fieldLabel}>
            Name
          </label>
          <input id={ids.name} name="name" required maxLength={60} defaultValue={connection?.name} placeholder="e.g. TTAPI main" className={fieldInput} />
        </div>
        <div>
          <label htmlFor={ids.protocol} className={fieldLabel}>
            Protocol
          </label>
          <select id={ids.protocol} value={protocol} onChange={(e) => setProtocol(e.target.value)} disabled={Boolean(connection)} className={fieldSelect}>
            <option value="ttapi">TTAPI</option>
            <option value="mjproxy">midjourney-proxy (New API, 4AllAPI, DataEyes…)</option>
          </select>
          {connection && <p className={fieldHint}>The protocol of an existing connection cannot change: its images rely on it.</p>}
        </div>
        {protocol === "mjproxy" && (
          <div>
            <label htmlFor={ids.profile} className={fieldLabel}>
              Vendor profile
            </label>
            <select id={ids.profile} name="profile" defaultValue={connection?.profile ?? "generic"} className={fieldSelect}>
              <Options items={PROFILE_OPTIONS} />
            </select>
          </div>
        )}
        <div className={protocol === "mjproxy" ? "" : "sm:col-span-2"}>
          <label htmlFor={ids.url} className={fieldLabel}>
            Base URL
          </label>
          <input
            id={ids.url}
            name="baseUrl"
            type="url"
            required
            value={baseUrl}
            onChange={(e) => setBaseUrl(e.target.value)}
            readOnly={builtin}
            placeholder="https://api.ttapi.io"
            className={`${fieldInput} font-mono`}
          />
          {builtin && <p className={fieldHint}>Set by the studio for its built-in simulator.</p>}
        </div>
        <div className="sm:col-span-2">
          <label htmlFor={ids.key} className={fieldLabel}>
            API key
          </label>
          <input
            id={ids.key}
            name="apiKey"
            type="password"
            autoComplete="new-password"
            spellCheck={false}
            required={keyNeeded}
            aria-describedby={`${ids.key}-hint`}
            disabled={builtin}
            placeholder={keyNeeded ? "The vendor's secret key" : `Leave blank to keep the current key (${connection?.keyHint})`}
            className={`${fieldInput} font-mono`}
          />
          <p id={`${ids.key}-hint`} className={fieldHint}>
            {connection && keyNeeded
              ? "The address now points at another host, scheme or port: enter the key again. The stored key is only ever sent to the host it was saved for."
              : connection
                ? "Stored encrypted; only its last 4 characters are ever shown. " +
                  "Moving the connection to another host (scheme or port) needs the key entered again."
                : "Stored encrypted. After saving, only its last 4 characters are ever shown."}
          </p>
        </div>
        <div>
          <label htmlFor={ids.mode} className={fieldLabel}>
            Default speed
          </label>
          <select id={ids.mode} name="defaultMode" defaultValue={connection?.defaultMode ?? "fast"} className={fieldSelect}>
            {SPEED_MODES.map((m) => (
              <option key={m} value={m}>
                {SPEED_MODE_NAMES[m]}
              </option>
            ))}
          </select>
        </div>
        <div className="grid grid-cols-2 gap-4">
          <NumberField id={ids.concurrency} label="Concurrency" name="concurrency" max={100} defaultValue={connection?.concurrency ?? 10} />
          <NumberField id={ids.rate} label="Requests per minute" name="rateLimitPerMin" max={6000} defaultValue={connection?.rateLimitPerMin ?? 60} />
        </div>
      </div>
      <div>
        <label htmlFor={ids.hosts} className={fieldLabel}>
          Extra image hosts
        </label>
        <textarea
          id={ids.hosts}
          name="imageHosts"
          rows={2}
          spellCheck={false}
          defaultValue={connection?.imageHosts.join("\n")}
          placeholder={"cdn.example.com\nimages.example.com:8443"}
          aria-describedby={`${ids.hosts}-hint`}
          className={`${fieldInput} font-mono`}
        />
        <p id={`${ids.hosts}-hint`} className={fieldHint}>
          One host (or host:port) per line. Images are always fetched from the base URL, Discord and Midjourney&apos;s CDN; add the host here when the vendor
          serves them elsewhere (its own CDN or object storage, or a New API ServerAddress the studio cannot use the base URL for). Private addresses work only
          when the base URL is private too.
        </p>
      </div>
      <ConnectionCostFields costs={connection?.actionCosts} />
      <fieldset>
        <legend className={fieldLabel}>Teams allowed</legend>
        <p className="mb-2 text-xs text-neutral-500">None ticked: every team may use it.</p>
        <div className="flex flex-wrap gap-2">
          {teams.map((team) => (
            <label
              key={team.id}
              className={cn(
                "flex cursor-pointer items-center gap-2 rounded-lg border border-white/10 bg-ink-850 px-3 py-1.5",
                "text-sm text-neutral-200 has-[:checked]:border-accent has-[:checked]:bg-accent/15",
              )}
            >
              <input
                type="checkbox"
                checked={teamIds.includes(team.id)}
                onChange={(e) => setTeamIds((ids) => (e.target.checked ? [...ids, team.id] : ids.filter((id) => id !== team.id)))}
                className="size-4 accent-accent"
              />
              {team.name}
            </label>
          ))}
        </div>
      </fieldset>
      {!connection && (
        <label className="flex items-center gap-2 text-sm text-neutral-200">
          <input type="checkbox" name="isDefault" className="size-4 accent-accent" />
          Make it the default for new jobs
        </label>
      )}
      <ActionMessage error={error} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={pending !== null}>
          {pending ? "Saving…" : connection ? "Save changes" : "Add connection"}
        </Button>
        <Button type="button" variant="ghost" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
