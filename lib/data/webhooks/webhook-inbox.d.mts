export declare function hashWebhookToken(token: string): string;
export declare function storeWebhookCallback(token: string, body: string): string | null;
