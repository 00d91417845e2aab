import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { requirePageUser } from "@/lib/auth/session";
import { createServerQueryClient, prefetchJobDetail } from "@/lib/query/prefetch-jobs";
import { JobView } from "@/components/jobs/job-view";

export const metadata: Metadata = { title: "Job" };

export default async function JobPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser(`/jobs/${id}`);
  const client = createServerQueryClient();
  if (!(await prefetchJobDetail(client, user, id))) notFound();
  return (
    <HydrationBoundary state={dehydrate(client)}>
      <JobView id={id} />
    </HydrationBoundary>
  );
}
