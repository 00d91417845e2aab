"use client";

import { useId, useState } from "react";
import { setUserPasswordAction } from "@/lib/actions/set-user-password-action";
import { fieldInput, smallButton } from "@/components/ui/styles";
import type { useAdminAction } from "@/components/admin/use-admin-action";

type Run = ReturnType<typeof useAdminAction>["run"];

/** "Set password" on the People page: a new password for someone, whose sessions all end. */
export function SetPasswordControl({ userId, label, run, busy }: { userId: string; label: string; run: Run; busy: boolean }) {
  const ids = { password: useId(), mustChange: useId() };
  const [open, setOpen] = useState(false);

  if (!open) {
    return (
      <button type="button" aria-label={`Set a new password for ${label}`} className={smallButton} disabled={busy} onClick={() => setOpen(true)}>
        Set password
      </button>
    );
  }

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const done = await run(
      `password-${userId}`,
      () => setUserPasswordAction({ userId, password: String(data.get("password") ?? ""), mustChange: data.get("mustChange") === "on" }),
      (r) =>
        `${r.email} has a new password and was signed out everywhere.${data.get("mustChange") === "on" ? " They choose their own at the next sign-in." : ""}`,
    );
    // The password leaves the page as soon as it is set.
    form.reset();
    if (done) setOpen(false);
  }

  return (
    <form onSubmit={onSubmit} aria-label={`New password for ${label}`} className="flex w-full flex-wrap items-center gap-2" noValidate>
      <label htmlFor={ids.password} className="sr-only">
        New password
      </label>
      <input
        id={ids.password}
        name="password"
        type="password"
        autoComplete="new-password"
        minLength={10}
        required
        placeholder="New password (10+ characters)"
        className={`${fieldInput} min-w-0 flex-1`}
      />
      <label htmlFor={ids.mustChange} className="flex items-center gap-1.5 text-xs text-neutral-300">
        <input id={ids.mustChange} name="mustChange" type="checkbox" defaultChecked className="size-4 accent-accent" />
        They choose their own at next sign-in
      </label>
      <button type="submit" className={smallButton} disabled={busy}>
        Save password
      </button>
      <button type="button" className={smallButton} onClick={() => setOpen(false)}>
        Cancel
      </button>
    </form>
  );
}
