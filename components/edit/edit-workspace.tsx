"use client";

import { useRouter } from "next/navigation";
import { useCallback, useState } from "react";
import { EDIT_ASPECT_RATIOS, type EditAspectRatio, type ImageEditKind } from "@/lib/domain/image-edit";
import { nearestAspect } from "@/lib/prompt/nearest-aspect";
import { ConnectionChoice } from "@/components/connections/connection-choice";
import type { CapableConnections } from "@/components/connections/capable-connections";
import { useJobSync } from "@/components/live/live-updates";
import { MaskPainterLazy } from "@/components/mask-editor/mask-editor-lazy";
import type { PaintedMask } from "@/components/mask-editor/mask-painter";
import { useHtmlImage } from "@/components/mask-editor/ui/use-html-image";
import type { ConnectionOption } from "@/lib/query/connections";
import { useServerAction } from "@/components/ui/use-server-action";
import { EditPanel } from "./edit-panel";
import { submitEdit } from "./submit-edit";

interface Props {
  imageKey: string;
  /** The local preview of the upload: what the person paints on. */
  imageUrl: string;
  vendors: CapableConnections & { choose: (id: string) => void };
  /** The connections that offer Retexture (New API relays Edit only). */
  retexturers: CapableConnections & { choose: (id: string) => void };
  connection: ConnectionOption;
  onChangeImage: () => void;
}

/**
 * The uploaded image in the mask painter, with the Edit panel beside. The image is measured as
 * the browser shows it (EXIF orientation applied); the server cuts the mask at that same size.
 */
export function EditWorkspace({ imageKey, imageUrl, vendors, retexturers, connection, onChangeImage }: Props) {
  const image = useHtmlImage(imageUrl);
  if (image.status !== "ready") {
    return (
      <p role={image.status === "error" ? "alert" : "status"} className="text-sm text-neutral-400">
        {image.status === "error" ? "The image could not be shown. Choose it again." : "Loading the image…"}
      </p>
    );
  }
  return (
    <EditCanvas
      {...{ imageKey, imageUrl, vendors, retexturers, connection, onChangeImage }}
      width={image.image.naturalWidth}
      height={image.image.naturalHeight}
    />
  );
}

function EditCanvas({ imageKey, imageUrl, width, height, retexturers, onChangeImage, ...props }: Props & { width: number; height: number }) {
  const router = useRouter();
  const sync = useJobSync();
  const write = useServerAction<"edit">();
  const nearest = nearestAspect(width, height, EDIT_ASPECT_RATIOS);
  const [type, setType] = useState<ImageEditKind>("edit");
  const [prompt, setPrompt] = useState("");
  const [aspectRatio, setAspectRatio] = useState<EditAspectRatio>(nearest);
  // Retexture goes to a connection that has it; when none has, the server's refusal says so.
  const vendors = type === "retexture" && retexturers.connection ? retexturers : props.vendors;
  const connection = type === "retexture" ? (retexturers.connection ?? props.connection) : props.connection;

  const { run, setError } = write;
  const submit = useCallback(
    async (mask: PaintedMask) => {
      const request = { imageKey, doc: mask.doc, prompt, type, aspectRatio, connectionId: connection.id };
      // Pending stays on after a success: the page is on its way to the new job.
      const result = await run("edit", () => submitEdit(request), { holdOnSuccess: true });
      if (result.error !== undefined) return;
      sync(result.data.jobId);
      router.push(`/jobs/${result.data.jobId}`);
    },
    [run, imageKey, prompt, type, aspectRatio, connection.id, sync, router],
  );

  const panel = useCallback(
    (mask: PaintedMask) => (
      <EditPanel
        type={type}
        onType={(next) => {
          setType(next);
          setError(null);
        }}
        prompt={prompt}
        onPrompt={setPrompt}
        aspectRatio={aspectRatio}
        nearest={nearest}
        onAspectRatio={setAspectRatio}
        paintedPercent={mask.paintedPercent}
        vendor={
          <ConnectionChoice
            capable={vendors.capable}
            connection={connection}
            defaultLacks={vendors.defaultLacks}
            onChoose={vendors.choose}
            what={type === "retexture" ? "Retexture" : "Edit"}
          />
        }
        submitting={write.busy}
        error={write.error}
        onSubmit={() => void submit(mask)}
        onChangeImage={onChangeImage}
      />
    ),
    [type, prompt, aspectRatio, nearest, vendors, connection, write.busy, write.error, submit, onChangeImage, setError],
  );

  return <MaskPainterLazy imageUrl={imageUrl} width={width} height={height} panel={panel} />;
}
