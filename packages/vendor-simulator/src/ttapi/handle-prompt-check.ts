// POST /ttapi/midjourney/v1/promptCheck – is a prompt allowed (free, no job)
import { firstIssue } from "../http/schema-helpers";
import { findBannedWord } from "../text/banned-words";
import { TTAPI_ERROR, ttapiFailure, ttapiSuccess } from "./ttapi-envelope";
import type { TtapiCall } from "./ttapi-call";
import { ttapiPromptCheckBody } from "./ttapi-bodies";

export function handlePromptCheck(call: TtapiCall): Response {
  const parsed = ttapiPromptCheckBody.safeParse(call.body);
  if (!parsed.success) return ttapiFailure(TTAPI_ERROR.PARAMETER, firstIssue(parsed.error).replace(/^prompt: /, ""));
  const banned = findBannedWord(parsed.data.prompt);
  // The documents answer a banned prompt with HTTP 200 and status FAILED ("200失败").
  if (banned) return ttapiFailure(null, `banned prompt words: ${banned}`);
  return ttapiSuccess("Prompt verification successful.", "success");
}
