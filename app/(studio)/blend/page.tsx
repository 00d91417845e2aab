import type { Metadata } from "next";
import { requirePageUser } from "@/lib/auth/session";
import { BlendForm } from "@/components/blend/blend-form";

export const metadata: Metadata = { title: "Blend" };

export default async function BlendPage() {
  await requirePageUser("/blend");
  return (
    <div className="mx-auto max-w-6xl px-4 py-6 md:px-8 md:py-8">
      <header className="mb-6">
        <h1 className="text-2xl font-semibold tracking-tight">Blend</h1>
        <p className="mt-1 text-sm text-neutral-400">Merge 2 to 5 images into new ones.</p>
      </header>
      <BlendForm />
    </div>
  );
}
