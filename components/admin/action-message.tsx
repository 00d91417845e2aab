import { Icon } from "@/components/ui/icon";

/** The outcome of the last admin action: an error (alert) or a confirmation (status). */
export function ActionMessage({ error, notice, className = "" }: { error?: string | null; notice?: string | null; className?: string }) {
  if (error) {
    return (
      <p role="alert" className={`flex items-start gap-2 rounded-lg border border-red-500/30 bg-red-500/10 px-3 py-2 text-sm text-red-300 ${className}`}>
        <Icon name="alert" className="mt-0.5 size-4 shrink-0" />
        {error}
      </p>
    );
  }
  return (
    <p
      role="status"
      className={
        notice ? `flex items-start gap-2 rounded-lg border border-emerald-500/25 bg-emerald-500/10 px-3 py-2 text-sm text-emerald-300 ${className}` : "sr-only"
      }
    >
      {notice && <Icon name="check" className="mt-0.5 size-4 shrink-0" />}
      {notice}
    </p>
  );
}
