"use client";

import { useState } from "react";
import { blendAction } from "@/lib/actions/blend-action";
import { useJobSync } from "@/components/live/live-updates";
import { useServerAction } from "@/components/ui/use-server-action";
import { LiveJobCard } from "@/components/feed/live-job-card";
import { ImageDropZone } from "@/components/upload/image-drop-zone";
import { UploadPreviews } from "@/components/upload/upload-previews";
import { useImageUploads } from "@/components/upload/use-image-uploads";
import { capsLabel, largePrimaryButton, pill, pillInput } from "@/components/ui/styles";

const DIMENSIONS = [
  { value: "PORTRAIT", label: "Portrait", hint: "2:3" },
  { value: "SQUARE", label: "Square", hint: "1:1" },
  { value: "LANDSCAPE", label: "Landscape", hint: "3:2" },
] as const;
type Dimensions = (typeof DIMENSIONS)[number]["value"];

/** Blend 2–5 images: drop, pick or paste them, choose the shape, and watch the result arrive. */
export function BlendForm() {
  const uploads = useImageUploads(5);
  const sync = useJobSync();
  const [dimensions, setDimensions] = useState<Dimensions>("SQUARE");
  const { run, busy: pending, error } = useServerAction();
  const [started, setStarted] = useState<string[]>([]);
  const count = uploads.ready.length;
  const blocker = uploads.uploading
    ? "Waiting for the uploads to finish…"
    : count < 2
      ? `Add ${count === 0 ? "at least 2 images" : "one more image"} to blend.`
      : null;

  const submit = async () => {
    if (blocker || pending) return;
    const result = await run("blend", () => blendAction({ imageKeys: uploads.ready.map((u) => u.key!), dimensions }));
    if (result.error !== undefined) return;
    sync(result.data.jobId);
    setStarted((list) => [result.data.jobId, ...list]);
    uploads.clear();
  };

  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
      <form
        aria-label="Blend images"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
        className="space-y-5"
      >
        <ImageDropZone
          multiple
          onFiles={uploads.add}
          pickLabel="Choose images"
          title="Drop 2–5 images here, paste them, or choose files"
          hint="PNG, JPEG, WebP or GIF, up to 10 MB each"
        />
        {uploads.notice && <p className="text-sm text-amber-300">{uploads.notice}</p>}
        <UploadPreviews items={uploads.items} onRemove={uploads.remove} />
        <fieldset>
          <legend className={capsLabel}>Dimensions</legend>
          <div className="mt-2 flex flex-wrap gap-2">
            {DIMENSIONS.map((d) => (
              <label key={d.value} className={pill}>
                <input
                  type="radio"
                  name="dimensions"
                  value={d.value}
                  checked={dimensions === d.value}
                  onChange={() => setDimensions(d.value)}
                  className={pillInput}
                />
                {d.label} <span className="text-xs text-neutral-500">{d.hint}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <div className="flex flex-wrap items-center gap-4">
          <button type="submit" disabled={Boolean(blocker) || pending} className={largePrimaryButton}>
            {pending ? "Starting…" : "Blend"}
          </button>
          {blocker && <p className="text-sm text-neutral-400">{blocker}</p>}
        </div>
        {error && (
          <p role="alert" className="text-sm text-red-300">
            {error}
          </p>
        )}
      </form>
      <section aria-label="Your blends" className="space-y-4">
        {started.length === 0 ? (
          <p className="rounded-2xl border border-dashed border-white/10 px-6 py-12 text-center text-sm text-neutral-500">
            Your blend appears here, live, as it is made.
          </p>
        ) : (
          started.map((id) => <LiveJobCard key={id} jobId={id} />)
        )}
      </section>
    </div>
  );
}
