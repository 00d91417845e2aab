import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { CHANGE_PASSWORD_PATH, getSessionUser } from "@/lib/auth/session";
import { listOwnSessions } from "@/lib/data/sessions/list-own-sessions";
import { AuthFrame } from "@/components/shell/auth-frame";
import { ChangePasswordForm } from "./_components/change-password-form";
import { SessionList } from "./_components/session-list";

export const metadata: Metadata = { title: "Change password" };
export const dynamic = "force-dynamic";

// Outside the studio layout on purpose: that layout sends anyone who must change their password
// here, so this page cannot be inside it.
export default async function ChangePasswordPage() {
  const user = await getSessionUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(CHANGE_PASSWORD_PATH)}`);
  const sessions = await listOwnSessions(user);
  return (
    <AuthFrame
      wide
      below={
        <>
          <SessionList sessions={sessions} />
          {!user.mustChangePassword && (
            <p className="mt-6 text-center text-sm">
              <Link href="/" className="text-accent hover:underline">
                Back to the studio
              </Link>
            </p>
          )}
        </>
      }
    >
      <h1 className="mb-1 text-lg font-semibold">{user.mustChangePassword ? "Choose your own password" : "Change password"}</h1>
      <p className="mb-6 text-sm text-neutral-400">
        {user.mustChangePassword
          ? "The studio generated the password you signed in with. Choose your own to continue: " +
            "the generated one (and the file that keeps it) stops working."
          : `Signed in as ${user.email}. Changing your password signs you out everywhere else.`}
      </p>
      <ChangePasswordForm forced={user.mustChangePassword} />
    </AuthFrame>
  );
}
