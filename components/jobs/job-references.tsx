"use client";

/* eslint-disable @next/next/no-img-element -- small thumbnails from the studio's thumb route */
import type { JobReferenceDTO } from "@/lib/dto/jobs";
import { REFERENCE_SLOT_NAMES } from "@/lib/domain/image-reference";
import { Icon } from "@/components/ui/icon";

/** The reference images an imagine used, as small chips: slot name and a thumbnail where the viewer may see it. */
export function JobReferences({ references }: { references: JobReferenceDTO[] | undefined }) {
  if (!references?.length) return null;
  return (
    <section aria-label="References" className="text-sm">
      <h3 className="text-neutral-500">References</h3>
      <ul className="mt-2 flex flex-wrap gap-2">
        {references.map((ref, i) => (
          <li
            key={`${ref.slot}-${ref.imageId ?? i}`}
            className="inline-flex items-center gap-2 rounded-lg border border-white/10 bg-ink-850 py-1 pl-1 pr-2.5 text-xs text-neutral-300"
          >
            {ref.thumbUrl ? (
              <img src={ref.thumbUrl} alt="" className="size-8 rounded object-cover" />
            ) : (
              <span className="grid size-8 place-items-center rounded bg-ink-800 text-neutral-500">
                <Icon name="image" className="size-4" />
              </span>
            )}
            <span>
              {REFERENCE_SLOT_NAMES[ref.slot]}
              <span className="text-neutral-500"> · {ref.source === "upload" ? "upload" : ref.thumbUrl ? "gallery" : "gallery image you cannot see"}</span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
