"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { useServerAction } from "@/components/ui/use-server-action";
import { isRateLimitedError, rateLimitedMessage } from "./rate-limited-message";
import { FormAlert } from "@/components/ui/form-alert";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const router = useRouter();
  const { run, busy: pending, error } = useServerAction();

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const credentials = { email: form.get("email"), password: form.get("password"), redirect: false };
    // Pending stays on after a success: the studio is loading.
    const result = await run(
      "signin",
      async () => {
        const answer = await signIn("credentials", credentials);
        if (answer && !answer.error) return { data: null };
        // One message for unknown email and wrong password alike.
        return { error: isRateLimitedError(answer?.error) ? rateLimitedMessage(answer!.error!) : "Invalid email or password." };
      },
      { holdOnSuccess: true },
    );
    if (result.error !== undefined) return;
    router.replace(callbackUrl);
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <TextField label="Email" name="email" type="email" autoComplete="username" required autoFocus />
      <TextField label="Password" name="password" type="password" autoComplete="current-password" required />
      <FormAlert error={error} />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
