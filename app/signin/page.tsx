import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { safeCallbackPath } from "@/lib/auth/safe-callback-path";
import { getSessionUser } from "@/lib/auth/session";
import { AuthFrame } from "@/components/shell/auth-frame";
import { SignInForm } from "./_components/sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const callbackUrl = safeCallbackPath((await searchParams).callbackUrl);
  if (await getSessionUser()) redirect(callbackUrl);
  return (
    <AuthFrame roomy={false}>
      <h1 className="mb-1 text-lg font-semibold">Sign in</h1>
      <p className="mb-6 text-sm text-neutral-400">Welcome back to the studio.</p>
      <SignInForm callbackUrl={callbackUrl} />
    </AuthFrame>
  );
}
