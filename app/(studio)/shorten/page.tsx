import type { Metadata } from "next";
import { requirePageUser } from "@/lib/auth/session";
import { ShortenForm } from "@/components/shorten/shorten-form";

export const metadata: Metadata = { title: "Shorten" };

export default async function ShortenPage() {
  await requirePageUser("/shorten");
  return (
    <div className="mx-auto max-w-6xl px-4 py-6 md:px-8 md:py-8">
      <header className="mb-6">
        <h1 className="text-2xl font-semibold tracking-tight">Shorten</h1>
        <p className="mt-1 text-sm text-neutral-400">See which words of a prompt matter, get shorter versions, then imagine any of them in one click.</p>
      </header>
      <ShortenForm />
    </div>
  );
}
