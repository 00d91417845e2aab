import type { Metadata } from "next";
import { requirePageUser } from "@/lib/auth/session";
import { EditForm } from "@/components/edit/edit-form";

export const metadata: Metadata = { title: "Edit" };

export default async function EditPage() {
  await requirePageUser("/edit");
  // The painter fills the window on wide screens, like Vary (Region).
  return (
    <div className="flex flex-col gap-3 px-3 pt-3 pb-4 md:h-dvh md:px-6 md:pt-4">
      <header className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <h1 className="text-lg font-semibold tracking-tight md:text-xl">Edit</h1>
        <p className="text-sm text-neutral-400">Change part of an image of your own (Edit), or restyle all of it (Retexture).</p>
      </header>
      <EditForm />
    </div>
  );
}
