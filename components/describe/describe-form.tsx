"use client";

/* eslint-disable @next/next/no-img-element -- a local blob: preview */
import { useState } from "react";
import { describeAction } from "@/lib/actions/describe-action";
import { useJobSync } from "@/components/live/live-updates";
import { useServerAction } from "@/components/ui/use-server-action";
import { ImageDropZone } from "@/components/upload/image-drop-zone";
import { useImageUploads } from "@/components/upload/use-image-uploads";
import { DescribeResult } from "./describe-result";
import { largePrimaryButton } from "@/components/ui/styles";

/** Describe one image: drop, pick or paste it; its four prompts can each be imagined in one click. */
export function DescribeForm() {
  const upload = useImageUploads(1);
  const sync = useJobSync();
  const { run, busy: pending, error } = useServerAction();
  const [jobId, setJobId] = useState<string | null>(null);
  const image = upload.items[0];

  const submit = async () => {
    if (!image?.key || pending) return;
    const imageKey = image.key;
    const result = await run("describe", () => describeAction({ imageKey }));
    if (result.error !== undefined) return;
    sync(result.data.jobId);
    setJobId(result.data.jobId);
  };

  return (
    <div className="grid gap-8 lg:grid-cols-2">
      <form
        aria-label="Describe an image"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
        className="space-y-5"
      >
        {image ? (
          <figure className="relative overflow-hidden rounded-2xl border border-white/10 bg-ink-900">
            <img src={image.previewUrl} alt={`Image to describe: ${image.name}`} className="mx-auto max-h-[28rem] w-auto object-contain" />
            {image.status === "uploading" && (
              <figcaption role="status" className="absolute inset-x-0 bottom-0 bg-black/60 p-2 text-center text-xs">
                Uploading…
              </figcaption>
            )}
            {image.status === "error" && (
              <figcaption role="alert" className="absolute inset-x-0 bottom-0 bg-red-950/90 p-2 text-center text-xs text-red-200">
                {image.error}
              </figcaption>
            )}
          </figure>
        ) : null}
        <ImageDropZone
          onFiles={upload.add}
          pickLabel={image ? "Choose another image" : "Choose an image"}
          title={image ? "Drop or paste another image to replace it" : "Drop an image here, paste it, or choose a file"}
          hint="PNG, JPEG, WebP or GIF, up to 10 MB"
        />
        <button type="submit" disabled={!image?.key || pending} className={largePrimaryButton}>
          {pending ? "Starting…" : "Describe"}
        </button>
        {error && (
          <p role="alert" className="text-sm text-red-300">
            {error}
          </p>
        )}
      </form>
      <section aria-label="Description" className="min-w-0">
        {jobId ? (
          <DescribeResult jobId={jobId} />
        ) : (
          <p className="rounded-2xl border border-dashed border-white/10 px-6 py-12 text-center text-sm text-neutral-500">
            Four prompts that could have made your image appear here.
          </p>
        )}
      </section>
    </div>
  );
}
