import type { IncomingMessage, ServerResponse } from "node:http";

export declare const MAX_WEBHOOK_BYTES: number;
export declare const WEBHOOK_PATH: RegExp;
export declare function webhookToken(req: IncomingMessage): string | null;
export declare function handleWebhookRequest(req: IncomingMessage, res: ServerResponse, token: string, onStored: (jobId: string, body: string) => void): void;
