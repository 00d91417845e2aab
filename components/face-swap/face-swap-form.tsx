"use client";

import { useState } from "react";
import { faceSwapAction } from "@/lib/actions/face-swap-action";
import { CapabilityLoading, CapabilityMissing } from "@/components/connections/capability-missing";
import { ConnectionChoice } from "@/components/connections/connection-choice";
import { useCapableConnection } from "@/components/connections/use-capable-connection";
import { LiveJobCard } from "@/components/feed/live-job-card";
import { useJobSync } from "@/components/live/live-updates";
import { useImageUploads } from "@/components/upload/use-image-uploads";
import { useServerAction } from "@/components/ui/use-server-action";
import { largePrimaryButton } from "@/components/ui/styles";
import { FaceImageSlot } from "./face-image-slot";

/** Face swap: the face from one image onto the person in another; the result arrives live beside. */
export function FaceSwapForm() {
  const vendors = useCapableConnection("faceSwap");
  const face = useImageUploads(1);
  const target = useImageUploads(1);
  const sync = useJobSync();
  const { run, busy: pending, error } = useServerAction();
  const [started, setStarted] = useState<string[]>([]);

  // Said before anyone uploads: a vendor without face swap would only fail after the upload.
  if (vendors.loading || vendors.error) return <CapabilityLoading error={vendors.error} />;
  const connection = vendors.connection;
  if (!connection) {
    return (
      <CapabilityMissing title="Face swap is not available">
        <p>None of the vendor connections your team can use offers face swap.</p>
        <p>It exists on midjourney-proxy vendors (New API, 4AllAPI or a self-hosted proxy), not on TTAPI or DataEyes. Ask an admin to add one.</p>
      </CapabilityMissing>
    );
  }

  const source = face.ready[0];
  const into = target.ready[0];
  const blocker =
    face.uploading || target.uploading
      ? "Waiting for the uploads to finish…"
      : !source && !into
        ? "Add a face and a target image."
        : !source
          ? "Add the face to use."
          : !into
            ? "Add the image to put the face on."
            : null;

  const submit = async () => {
    if (blocker || pending || !source?.key || !into?.key) return;
    const input = { sourceKey: source.key, targetKey: into.key, connectionId: connection.id };
    const result = await run("face-swap", () => faceSwapAction(input));
    if (result.error !== undefined) return;
    sync(result.data.jobId);
    setStarted((list) => [result.data.jobId, ...list]);
  };

  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
      <form
        aria-label="Face swap"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
        className="space-y-6"
      >
        <div className="grid gap-6 md:grid-cols-2">
          <FaceImageSlot label="Face" hint="A clear photo of the face to use." item={face.items[0]} onFiles={face.add} />
          <FaceImageSlot label="Target image" hint="The picture whose person gets that face." item={target.items[0]} onFiles={target.add} />
        </div>
        <ConnectionChoice capable={vendors.capable} connection={connection} defaultLacks={vendors.defaultLacks} onChoose={vendors.choose} what="face swap" />
        <div className="flex flex-wrap items-center gap-4">
          <button type="submit" disabled={Boolean(blocker) || pending} className={largePrimaryButton}>
            {pending ? "Starting…" : "Swap face"}
          </button>
          {blocker && <p className="text-sm text-neutral-400">{blocker}</p>}
        </div>
        {error && (
          <p role="alert" className="text-sm text-red-300">
            {error}
          </p>
        )}
      </form>
      <section aria-label="Your face swaps" className="space-y-4">
        {started.length === 0 ? (
          <p className="rounded-2xl border border-dashed border-white/10 px-6 py-12 text-center text-sm text-neutral-500">
            The swapped image appears here, live, as it is made.
          </p>
        ) : (
          started.map((id) => <LiveJobCard key={id} jobId={id} />)
        )}
      </section>
    </div>
  );
}
