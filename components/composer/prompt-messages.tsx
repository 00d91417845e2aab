import { Icon } from "@/components/ui/icon";

interface Props {
  id: string;
  flagErrors: string[];
  /** What the chosen model version does not take (flags and filled reference slots). */
  versionWarnings: string[];
  error: string | null;
  check: { ok: boolean; message: string } | null;
  announce: string;
}

/** Under the prompt: parameter mistakes as you type, the submit error, the vendor's prompt check. */
export function PromptMessages({ id, flagErrors, versionWarnings, error, check, announce }: Props) {
  return (
    <div id={id} className="space-y-1 px-3 empty:hidden">
      {error && (
        <p role="alert" className="flex items-start gap-2 pt-2 text-sm text-red-300">
          <Icon name="alert" className="mt-0.5 size-4 shrink-0" />
          {error}
        </p>
      )}
      <WarningList label="Parameter problems" messages={flagErrors} />
      <WarningList label="Not for this version" messages={versionWarnings} />
      {check && (
        <p role={check.ok ? "status" : "alert"} className={`flex items-start gap-2 pt-2 text-sm ${check.ok ? "text-emerald-300" : "text-red-300"}`}>
          <Icon name={check.ok ? "check" : "alert"} className="mt-0.5 size-4 shrink-0" />
          {check.ok ? "Prompt check passed." : `The vendor's prompt check refused this prompt: ${check.message}`}
        </p>
      )}
      <p role="status" className="sr-only">
        {announce}
      </p>
    </div>
  );
}

function WarningList({ label, messages }: { label: string; messages: string[] }) {
  if (messages.length === 0) return null;
  return (
    <ul aria-label={label} className="space-y-0.5 pt-2 text-sm text-amber-300">
      {messages.map((message) => (
        <li key={message} className="flex items-start gap-2">
          <Icon name="alert" className="mt-0.5 size-4 shrink-0" />
          {message}
        </li>
      ))}
    </ul>
  );
}
