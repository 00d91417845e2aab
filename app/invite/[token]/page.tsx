import type { Metadata } from "next";
import Link from "next/link";
import { getInviteForToken } from "@/lib/data/invites/get-invite-for-token";
import { AuthFrame } from "@/components/shell/auth-frame";
import { AcceptInviteForm } from "./_components/accept-invite-form";

export const metadata: Metadata = { title: "Join the studio", referrer: "no-referrer" };
export const dynamic = "force-dynamic";

const GONE: Record<string, string> = {
  used: "This invite link was already used. If that was not you, tell the admin who sent it.",
  expired: "This invite link has expired. Ask an admin for a new one.",
  unknown: "This invite link is not valid. Check that you copied all of it, or ask an admin for a new one.",
};

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invite = await getInviteForToken(token);
  return (
    <AuthFrame>
      {invite.state === "valid" ? (
        <>
          <h1 className="mb-1 text-lg font-semibold">Join {invite.teamName}</h1>
          <p className="mb-6 text-sm text-neutral-400">
            You are invited to Atelier as {invite.role === "ADMIN" ? "an admin" : "a member"}. Choose your name and a password.
          </p>
          <AcceptInviteForm token={token} email={invite.email} />
        </>
      ) : (
        <>
          <h1 className="mb-1 text-lg font-semibold">Invite not valid</h1>
          <p role="alert" className="text-sm text-neutral-400">
            {GONE[invite.state]}
          </p>
          <Link href="/signin" className="mt-6 inline-block text-sm text-accent hover:underline">
            Go to sign in
          </Link>
        </>
      )}
    </AuthFrame>
  );
}
