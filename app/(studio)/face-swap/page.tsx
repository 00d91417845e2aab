import type { Metadata } from "next";
import { requirePageUser } from "@/lib/auth/session";
import { FaceSwapForm } from "@/components/face-swap/face-swap-form";

export const metadata: Metadata = { title: "Face swap" };

export default async function FaceSwapPage() {
  await requirePageUser("/face-swap");
  return (
    <div className="mx-auto max-w-6xl px-4 py-6 md:px-8 md:py-8">
      <header className="mb-6">
        <h1 className="text-2xl font-semibold tracking-tight">Face swap</h1>
        <p className="mt-1 text-sm text-neutral-400">Put the face from one image onto the person in another.</p>
      </header>
      <FaceSwapForm />
    </div>
  );
}
