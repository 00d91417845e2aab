"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { acceptInviteAction } from "@/lib/actions/accept-invite-action";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { useServerAction } from "@/components/ui/use-server-action";
import { NewPasswordFields } from "@/components/ui/new-password-fields";
import { FormAlert } from "@/components/ui/form-alert";

/** Creates the account from the invite, then signs in with the password just chosen. */
export function AcceptInviteForm({ token, email }: { token: string; email: string | null }) {
  const router = useRouter();
  const { run, busy: pending, error } = useServerAction();

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const password = String(form.get("password") ?? "");
    const input = {
      token,
      name: String(form.get("name") ?? ""),
      email: email ?? String(form.get("email") ?? ""),
      password,
      confirm: String(form.get("confirm") ?? ""),
    };
    // Pending stays on after the account exists: signing in and leaving for the studio follow.
    const result = await run("create", () => acceptInviteAction(input), { holdOnSuccess: true });
    if (result.error !== undefined) return;
    const signedIn = await signIn("credentials", { email: result.data.email, password, redirect: false });
    if (!signedIn || signedIn.error) {
      router.replace("/signin");
      return;
    }
    router.replace("/");
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <TextField label="Your name" name="name" autoComplete="name" required maxLength={80} autoFocus />
      {email ? (
        <div>
          <p className="mb-1.5 text-sm font-medium text-neutral-300">Email</p>
          <p className="rounded-lg border border-white/5 bg-ink-850 px-3 py-2 text-sm text-neutral-300">{email}</p>
        </div>
      ) : (
        <TextField label="Email" name="email" type="email" autoComplete="username" required />
      )}
      <NewPasswordFields name="password" label="Password" confirmLabel="Repeat password" />
      <FormAlert error={error} />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Creating your account…" : "Create account"}
      </Button>
    </form>
  );
}
