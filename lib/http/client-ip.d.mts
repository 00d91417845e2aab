import type { BlockList } from "node:net";
import type { IncomingMessage } from "node:http";

export declare const CLIENT_IP_HEADER: "x-atelier-client-ip";
export interface TrustedProxies {
  list: BlockList;
  size: number;
}
export declare function parseTrustedProxies(text: string | undefined | null): TrustedProxies;
export declare function normalizeIp(value: unknown): string | null;
export declare function resolveClientIp(
  socketAddress: string | undefined | null,
  forwardedFor: string | undefined | null,
  trusted: TrustedProxies,
): string | null;
export declare function createClientIpStamp(trustedProxies?: string): (req: IncomingMessage) => void;
export declare function stampedClientIp(headers: Headers | Record<string, unknown> | undefined | null): string | null;
