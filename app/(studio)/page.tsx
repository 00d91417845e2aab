import type { Metadata } from "next";
import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { requirePageUser } from "@/lib/auth/session";
import { createServerQueryClient, prefetchJobList } from "@/lib/query/prefetch-jobs";
import { Composer } from "@/components/composer/composer";
import { JobFeed } from "@/components/feed/job-feed";
import { feedFilters } from "@/components/feed/feed-filters";
import { initialReferences } from "@/lib/prompt/initial-references";

export const metadata: Metadata = { title: "Create" };

export default async function CreatePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageUser("/");
  const params = await searchParams;
  const { prompt } = params;
  const references = initialReferences(params);
  const client = createServerQueryClient();
  await prefetchJobList(client, user, feedFilters("mine"));
  return (
    <div className="mx-auto max-w-6xl px-4 py-6 md:px-8 md:py-8">
      <header className="mb-5 flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-semibold tracking-tight">Create</h1>
        <p className="text-xs text-neutral-500">Signed in as {user.email}</p>
      </header>
      <Composer
        key={`${typeof prompt === "string" ? prompt : ""} ${references.map((r) => `${r.slot}:${r.imageId}`).join(" ")}`}
        initialPrompt={typeof prompt === "string" ? prompt.slice(0, 6000) : ""}
        initialReferences={references}
      />
      <HydrationBoundary state={dehydrate(client)}>
        <JobFeed />
      </HydrationBoundary>
    </div>
  );
}
