import type { Metadata } from "next";
import { requirePageUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Create" };

export default async function CreatePage() {
  const user = await requirePageUser("/");
  return (
    <div className="mx-auto max-w-5xl px-4 py-8 md:px-8">
      <h1 className="text-2xl font-semibold tracking-tight">Create</h1>
      <p className="mt-1 text-sm text-neutral-400">Signed in as {user.email}.</p>
      <section aria-label="Your jobs" className="mt-10 grid place-items-center rounded-2xl border border-dashed border-white/10 px-6 py-20 text-center">
        <p className="text-base font-medium">No images yet</p>
        <p className="mt-1 max-w-sm text-sm text-neutral-400">Your generations and your team&apos;s will appear here as they happen.</p>
      </section>
    </div>
  );
}
