import type { Metadata } from "next";
import { requirePageUser } from "@/lib/auth/session";
import { DescribeForm } from "@/components/describe/describe-form";

export const metadata: Metadata = { title: "Describe" };

export default async function DescribePage() {
  await requirePageUser("/describe");
  return (
    <div className="mx-auto max-w-6xl px-4 py-6 md:px-8 md:py-8">
      <header className="mb-6">
        <h1 className="text-2xl font-semibold tracking-tight">Describe</h1>
        <p className="mt-1 text-sm text-neutral-400">Get four prompts for an image, then imagine any of them in one click.</p>
      </header>
      <DescribeForm />
    </div>
  );
}
