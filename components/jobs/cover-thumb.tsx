import Image from "next/image";
import type { JobImageDTO } from "@/lib/dto/jobs";

/**
 * A job's cover as a lazy thumbnail, the way the feed and the gallery show it; each says how it
 * fits its box (className) and, where the box is small, how wide it is (sizes). Decoding is
 * next/image's default, async.
 */
export function CoverThumb({ cover, alt, className, sizes }: { cover: JobImageDTO; alt: string; className: string; sizes?: string }) {
  return <Image src={cover.thumbUrl} alt={alt} width={cover.width} height={cover.height} loading="lazy" sizes={sizes} className={className} />;
}
