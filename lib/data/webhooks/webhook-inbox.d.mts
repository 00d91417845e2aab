export type WebhookStoreResult = { outcome: "stored"; jobId: string } | { outcome: "unknown" | "ended" | "full" | "busy" };

export declare const MAX_CALLBACKS_PER_JOB: number;
export declare const WEBHOOK_GRACE_MS: number;
export declare function hashWebhookToken(token: string): string;
export declare function storeWebhookCallback(token: string, body: string, options?: { maxWaitMs?: number }): Promise<WebhookStoreResult>;
