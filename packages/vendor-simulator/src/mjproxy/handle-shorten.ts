// POST /mj/submit/shorten – queue five shorter versions of a prompt
import { newSeed } from "../engine/create-task";
import { createMjTask, lateBanFor, startMjSubmit } from "./create-mj-task";
import { acceptedOutcome, speedMode, type MjCall, type MjOutcome } from "./mjproxy-call";
import { mjShortenBody } from "./mjproxy-bodies";

export function handleShorten(call: MjCall): MjOutcome {
  const start = startMjSubmit(call, mjShortenBody, (body) => body.prompt);
  if ("refused" in start) return start.refused;
  const { body, id } = start;
  const row = createMjTask(call, body, id, {
    kind: "shorten",
    action: "shorten",
    prompt: body.prompt,
    params: { seed: newSeed(id), family: "v6" },
    mode: speedMode(body, body.prompt, "fast", call.pathMode),
    failure: lateBanFor(call, body.prompt),
  });
  return acceptedOutcome(call, row);
}
