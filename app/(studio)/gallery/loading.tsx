import { GallerySkeleton } from "@/components/gallery/gallery-skeleton";

export default function GalleryLoading() {
  return (
    <div aria-busy="true" aria-label="Loading the gallery" className="mx-auto max-w-[100rem] px-4 py-6 md:px-8 md:py-8">
      <div className="mb-5 h-8 w-36 animate-pulse rounded bg-ink-800" />
      <div className="mb-5 h-10 animate-pulse rounded-lg bg-ink-900" />
      <GallerySkeleton />
    </div>
  );
}
