"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { changePasswordAction } from "@/lib/actions/change-password-action";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { useServerAction } from "@/components/ui/use-server-action";
import { NewPasswordFields } from "@/components/ui/new-password-fields";
import { FormAlert } from "@/components/ui/form-alert";

/** Current password, the new one twice. After a forced change it goes on to the studio. */
export function ChangePasswordForm({ forced }: { forced: boolean }) {
  const router = useRouter();
  const { run, busy: pending, error } = useServerAction();
  const [done, setDone] = useState<string | null>(null);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? "");
    setDone(null);
    const input = { currentPassword: text("currentPassword"), newPassword: text("newPassword"), confirm: text("confirm") };
    const result = await run("change", () => changePasswordAction(input));
    if (result.error !== undefined) return;
    form.reset();
    if (forced) {
      router.replace("/");
      router.refresh();
      return;
    }
    const ended = result.data.endedSessions;
    setDone(`Your password is changed.${ended ? ` ${ended} other session${ended === 1 ? " was" : "s were"} signed out.` : ""}`);
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} aria-label="Change password" className="space-y-4" noValidate>
      <TextField label="Current password" name="currentPassword" type="password" autoComplete="current-password" required autoFocus />
      <NewPasswordFields name="newPassword" label="New password" confirmLabel="New password again" />
      <FormAlert error={error} />
      <p role="status" className={done ? "rounded-lg border border-emerald-500/25 bg-emerald-500/10 px-3 py-2 text-sm text-emerald-300" : "sr-only"}>
        {done}
      </p>
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Changing…" : "Change password"}
      </Button>
    </form>
  );
}
