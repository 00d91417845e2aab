// New API's task JSON: its own MidjourneyDto built from its own row (NA relay-mj.go:106-143,
// dto/midjourney.go:47-66). Only these fields exist; properties carry only finalPrompt and
// finalZhPrompt (dto.Properties); buttons are whatever the poller last copied (null before).
// The image link is New API's own: ServerAddress + "/mj/image/" + id, with "?rand=" while the
// task is not SUCCESS, when MjForwardUrlEnabled (default true, NA setting/midjourney.go:6).
import type { NewapiRow } from "./newapi-store";

function parsed<T>(json: string): T | null {
  if (!json) return null;
  try {
    return JSON.parse(json) as T;
  } catch {
    return null;
  }
}

export function buildNewapiDto(row: NewapiRow, serverAddress: string) {
  let imageUrl = "";
  if (row.imageUrl) {
    imageUrl = `${serverAddress}/mj/image/${row.mjId}`;
    if (row.status !== "SUCCESS") imageUrl += `?rand=${process.hrtime.bigint() + BigInt(Date.now()) * 1_000_000n}`;
  }
  return {
    id: row.mjId,
    action: row.action,
    customId: "",
    botType: "",
    prompt: row.prompt,
    promptEn: row.promptEn,
    description: row.description,
    state: row.state,
    submitTime: row.submitTime,
    startTime: row.startTime,
    finishTime: row.finishTime,
    imageUrl,
    status: row.status,
    progress: row.progress,
    failReason: row.failReason,
    buttons: parsed<unknown[]>(row.buttons),
    maskBase64: "",
    properties: parsed<{ finalPrompt: string; finalZhPrompt: string }>(row.properties),
  };
}

export type NewapiDto = ReturnType<typeof buildNewapiDto>;
