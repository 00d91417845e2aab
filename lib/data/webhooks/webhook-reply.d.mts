import type { WebhookStoreResult } from "./webhook-inbox.mjs";

export declare function webhookReply(result: WebhookStoreResult): { status: number; body: Record<string, unknown>; headers?: Record<string, string> };
