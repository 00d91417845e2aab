import type { Metadata } from "next";
import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { requirePageUser } from "@/lib/auth/session";
import { createServerQueryClient, prefetchJobList } from "@/lib/query/prefetch-jobs";
import { GalleryView } from "@/components/gallery/gallery-view";
import { galleryQuery, readGalleryParams } from "@/components/gallery/gallery-filters";

export const metadata: Metadata = { title: "Gallery" };

export default async function GalleryPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageUser("/gallery");
  const params = readGalleryParams(await searchParams);
  const client = createServerQueryClient();
  await prefetchJobList(client, user, galleryQuery(params));
  return (
    <HydrationBoundary state={dehydrate(client)}>
      <GalleryView />
    </HydrationBoundary>
  );
}
