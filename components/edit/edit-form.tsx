"use client";

import { UploadFigure } from "@/components/upload/upload-figure";
import { CapabilityLoading, CapabilityMissing } from "@/components/connections/capability-missing";
import { useCapableConnection } from "@/components/connections/use-capable-connection";
import { ImageDropZone } from "@/components/upload/image-drop-zone";
import { useImageUploads } from "@/components/upload/use-image-uploads";
import { EditWorkspace } from "./edit-workspace";
import { useGallerySource } from "./use-gallery-source";

/** Edit / Retexture an image of one's own: upload it, paint the area to change, describe the change. */
export function EditForm() {
  const vendors = useCapableConnection("edit");
  const retexturers = useCapableConnection("retexture");
  const upload = useImageUploads(1);
  const item = upload.items[0];
  const sourceError = useGallerySource(upload.add);

  // Said before anyone uploads: a vendor without the editor would only fail after the upload.
  if (vendors.loading || vendors.error) return <CapabilityLoading error={vendors.error} />;
  const connection = vendors.connection;
  if (!connection) {
    return (
      <CapabilityMissing title="Edit and Retexture are not available">
        <p>None of the vendor connections your team can use offers Midjourney&apos;s editor (Edit and Retexture).</p>
        <p>Ask an admin to add a vendor connection that offers it.</p>
      </CapabilityMissing>
    );
  }

  if (item?.status === "done" && item.key) {
    return (
      <EditWorkspace
        key={item.id}
        imageKey={item.key}
        imageUrl={item.previewUrl}
        vendors={vendors}
        retexturers={retexturers}
        connection={connection}
        onChangeImage={upload.clear}
      />
    );
  }

  return (
    <div className="mx-auto w-full max-w-2xl space-y-4">
      {item && <UploadFigure item={item} alt={`Image to edit: ${item.name}`} maxHeight="max-h-[28rem]" />}
      {sourceError && (
        <p role="alert" className="text-sm text-red-300">
          {sourceError}
        </p>
      )}
      <ImageDropZone
        onFiles={upload.add}
        pickLabel={item ? "Choose another image" : "Choose an image"}
        title="Drop the image to edit here, paste it, or choose a file"
        hint="PNG, JPEG, WebP or GIF, up to 10 MB. Then paint the area to change."
      />
    </div>
  );
}
