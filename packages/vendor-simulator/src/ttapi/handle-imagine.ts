// POST /ttapi/midjourney/v1/imagine – queue a new 2×2 grid from a prompt
import { newSeed, newTaskId } from "../engine/create-task";
import { createTtapiTask, ttapiQueueFull, ttapiRefusal } from "./create-ttapi-task";
import { firstIssue } from "../http/schema-helpers";
import { aspectFromPrompt, tileSizeFor } from "../image/aspect-ratio";
import { findBannedWord } from "../text/banned-words";
import { readFlag, readModelFamily, readSeedFlag } from "../text/read-prompt-flags";
import { TTAPI_ERROR, ttapiFailure, ttapiSuccess } from "./ttapi-envelope";
import { type SubmitOutcome, type TtapiCall } from "./ttapi-call";
import { ttapiImagineBody } from "./ttapi-bodies";
import type { z } from "zod";

/** TTAPI's separate body fields become the prompt flags Midjourney reads (unless already there). */
function withBodyFlags(body: z.infer<typeof ttapiImagineBody>): string {
  let prompt = body.prompt;
  const add = (names: string[], flag: string) => {
    if (readFlag(prompt, names) === undefined) prompt = `${prompt} ${flag}`;
  };
  if (body.aspect) add(["ar", "aspect"], `--ar ${body.aspect}`);
  if (body.model && /^(v|niji)?\s*\d/i.test(body.model)) add(["v", "version", "niji"], `--v ${body.model.replace(/^v/i, "")}`);
  if (body.style) add(["style"], `--style ${body.style}`);
  if (body.quality !== undefined) add(["q", "quality"], `--q ${body.quality}`);
  if (body.chaos !== undefined) add(["c", "chaos"], `--chaos ${body.chaos}`);
  if (body.seed !== undefined) add(["seed"], `--seed ${body.seed}`);
  if (body.tile) add(["tile"], "--tile");
  if (body.cref) add(["cref"], `--cref ${body.cref}`);
  return prompt;
}

export function handleImagine(call: TtapiCall): SubmitOutcome {
  const parsed = ttapiImagineBody.safeParse(call.body);
  if (!parsed.success) return ttapiRefusal(TTAPI_ERROR.PARAMETER, `Invalid parameter: ${firstIssue(parsed.error)}`);
  const body = parsed.data;
  const banned = findBannedWord(body.prompt);
  if (banned) return { response: ttapiFailure(null, `banned prompt words: ${banned}`), vendorCode: "banned" };
  const { ctx } = call;
  const full = ttapiQueueFull(call);
  if (full) return full;
  const prompt = withBodyFlags(body);
  const id = newTaskId(ctx, "ttapi");
  const tile = tileSizeFor(aspectFromPrompt(prompt));
  const row = createTtapiTask(call, body, id, {
    kind: "imagine",
    action: "imagine",
    prompt,
    params: { seed: readSeedFlag(prompt) ?? newSeed(id), family: readModelFamily(prompt), tileWidth: tile.width, tileHeight: tile.height },
  });
  return { response: ttapiSuccess({ jobId: row.id }), taskId: row.id };
}
