import { panel } from "@/components/ui/styles";

/** Shown instead of a form when no vendor connection the team may use can do what the page does. */
export function CapabilityMissing({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section role="status" aria-label={title} className={`${panel} max-w-2xl px-6 py-8`}>
      <h2 className="text-base font-semibold text-neutral-100">{title}</h2>
      <div className="mt-2 space-y-2 text-sm leading-6 text-neutral-400">{children}</div>
    </section>
  );
}

/** While the connection list loads, or when it could not be read. */
export function CapabilityLoading({ error }: { error: Error | null }) {
  return (
    <p className="text-sm text-neutral-400" role={error ? "alert" : "status"}>
      {error ? `The vendor list could not be read: ${error.message}` : "Checking what your vendors offer…"}
    </p>
  );
}
