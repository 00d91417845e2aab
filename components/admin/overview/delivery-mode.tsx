import { Badge } from "@/components/admin/badge";
import { panel } from "@/components/ui/styles";

/** How results come back from vendors: webhooks (PUBLIC_URL set) or polling alone. */
export function DeliveryMode({ webhooks, publicUrl, pollIntervalMs }: { webhooks: boolean; publicUrl?: string; pollIntervalMs: number }) {
  return (
    <section aria-labelledby="delivery-mode" className={`${panel} p-4`}>
      <div className="mb-2 flex items-center justify-between gap-2">
        <h2 id="delivery-mode" className="text-sm font-semibold text-neutral-200">
          Job results
        </h2>
        <Badge tone={webhooks ? "good" : "accent"}>{webhooks ? "Webhook mode" : "Polling mode"}</Badge>
      </div>
      {webhooks ? (
        <p className="text-sm text-neutral-400">
          Vendors call back to <span className="break-all font-mono text-neutral-200">{publicUrl}</span>; the studio still polls as a safety net.
        </p>
      ) : (
        <p className="text-sm text-neutral-400">
          <span className="font-mono text-neutral-200">PUBLIC_URL</span> is not set, so vendors cannot call back: jobs finish by polling every{" "}
          {(pollIntervalMs / 1000).toLocaleString("en")} s or so. Set <span className="font-mono text-neutral-200">PUBLIC_URL</span> to the studio&apos;s public
          address to get results faster through webhooks.
        </p>
      )}
    </section>
  );
}
