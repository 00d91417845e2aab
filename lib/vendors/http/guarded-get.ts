// One GET whose connection may only reach addresses the caller's guard accepts. The address is
// checked where the socket is opened (the lookup hook of node:http), so a host name that
// resolves to a metadata address, or changes its answer between a check and the connect (DNS
// rebinding), is refused rather than fetched. fetch() offers no such hook, hence node:http.
import type { LookupAddress } from "node:dns";
import http from "node:http";
import https from "node:https";
import { isIP } from "node:net";
import { Readable } from "node:stream";
import type { HttpDeps } from "./http-types";

/** Thrown (through the request) when the guard refuses an address; carries the guard's words. */
export class AddressRefusedError extends Error {
  constructor(
    readonly hostname: string,
    readonly address: string,
    readonly reason: string,
  ) {
    super(hostname === address ? `${address} is ${reason}` : `${hostname} resolves to ${address}, ${reason}`);
    this.name = "AddressRefusedError";
  }
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

function toHeaders(raw: http.IncomingHttpHeaders): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  return headers;
}

/**
 * GET `url` without following redirects, connecting only to addresses `refusal` returns
 * undefined for. Resolves a web Response (its body a stream the caller reads or cancels).
 */
export function guardedGet(
  url: URL,
  init: { headers: Record<string, string>; signal: AbortSignal },
  deps: Pick<HttpDeps, "lookup">,
  refusal: (address: string) => string | undefined,
): Promise<Response> {
  const hostname = url.hostname.replace(/^\[|\]$/g, "");
  // An address literal is never looked up: check it here.
  if (isIP(hostname)) {
    const reason = refusal(hostname);
    if (reason) return Promise.reject(new AddressRefusedError(hostname, hostname, reason));
  }
  const lookup = (name: string, options: { all?: boolean }, callback: LookupCallback) => {
    deps.lookup(name).then(
      (addresses) => {
        for (const { address } of addresses) {
          const reason = refusal(address);
          if (reason) return callback(new AddressRefusedError(name, address, reason), "");
        }
        if (!addresses.length) return callback(Object.assign(new Error(`getaddrinfo ENOTFOUND ${name}`), { code: "ENOTFOUND" }), "");
        if (options.all) return callback(null, addresses);
        callback(null, addresses[0].address, addresses[0].family);
      },
      (error: NodeJS.ErrnoException) => callback(error, ""),
    );
  };
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    // agent: false: a fresh connection every time. A pooled socket was opened (and its address
    // checked) for an earlier request under another connection's rules.
    const options: http.RequestOptions = {
      method: "GET",
      headers: init.headers,
      signal: init.signal,
      agent: false,
      lookup: lookup as unknown as http.RequestOptions["lookup"],
    };
    const request = client.request(url, options, (response) => {
      const status = response.statusCode ?? 0;
      const body = status === 204 || status === 304 ? null : (Readable.toWeb(response) as ReadableStream<Uint8Array>);
      if (!body) response.resume();
      resolve(new Response(body, { status, headers: toHeaders(response.headers) }));
    });
    request.on("error", (error) => reject(error instanceof AddressRefusedError || !(error.cause instanceof AddressRefusedError) ? error : error.cause));
    request.end();
  });
}
