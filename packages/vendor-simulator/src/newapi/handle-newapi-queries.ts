// New API's task queries answer from its own rows only, never from the upstream
// (NA relay-mj.go:255-354):
// - fetch: the oldest row of that id for this key, else HTTP 400 code 4 "task_no_found".
// - list-by-condition: every row of those ids (a task relayed through a modal has two), [] for none.
// - image-seed: needs a row (else "task_no_found"), then asks the upstream and re-encodes its answer.
import { jsonResponse } from "../http/json-response";
import { callUpstream } from "./call-upstream";
import { buildNewapiDto } from "./newapi-dto";
import { relayError } from "./newapi-errors";
import type { NewapiCall } from "./relay-submit";

export function handleNewapiFetch(call: Omit<NewapiCall, "body" | "name">, id: string): Response {
  const row = call.ctx.newapi.store.firstByMjId(call.keyHash, id);
  if (!row) return relayError("task_no_found");
  return jsonResponse(buildNewapiDto(row, call.ctx.options.newapi.serverAddress));
}

export function handleNewapiList(call: NewapiCall): Response {
  const ids = call.body.ids;
  if (ids !== undefined && ids !== null && !Array.isArray(ids)) return relayError("do_request_failed");
  const wanted = (ids ?? []).filter((id): id is string => typeof id === "string");
  const rows = call.ctx.newapi.store.byMjIds(call.keyHash, wanted);
  return jsonResponse(rows.map((row) => buildNewapiDto(row, call.ctx.options.newapi.serverAddress)));
}

export async function handleNewapiImageSeed(call: Omit<NewapiCall, "body" | "name">, id: string): Promise<Response> {
  if (!call.ctx.newapi.store.firstByMjId(call.keyHash, id)) return relayError("task_no_found");
  const upstream = await callUpstream(call.ctx, call.origin, "GET", `/mj/task/${encodeURIComponent(id)}/image-seed`);
  let answer: Record<string, unknown> = {};
  try {
    answer = JSON.parse(upstream.text) as Record<string, unknown>;
  } catch {
    return relayError("unmarshal_response_body_failed", 5);
  }
  const result = typeof answer.result === "string" ? answer.result : "";
  return new Response(JSON.stringify({ code: answer.code ?? 0, description: answer.description ?? "", properties: answer.properties ?? null, result }), {
    status: upstream.status,
    headers: { "content-type": "text/plain; charset=utf-8" },
  });
}
