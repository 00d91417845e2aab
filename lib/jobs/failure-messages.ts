// Failures in words a person understands. The vendor's own text goes to the log, not here.
import type { FailureCode } from "@/lib/vendors/types";

export type JobFailureCode = FailureCode | "UNCONFIRMED" | "INGEST" | "PARENT_MISSING" | "CONNECTION_DISABLED" | "CANCELLED";

const MESSAGES: Record<JobFailureCode, string> = {
  BANNED_PROMPT: "Midjourney refused this prompt: it contains words it does not allow. Rephrase it and try again.",
  BAD_KEY: "The vendor rejected the studio's API key. An admin needs to check this vendor connection.",
  QUOTA: "The vendor account has run out of credit or quota. An admin needs to top it up.",
  QUEUE_FULL: "The vendor's queue is full right now. Try again in a few minutes.",
  RATE_LIMITED: "The vendor is limiting how fast we can send requests. Try again shortly.",
  BAD_REQUEST: "The vendor could not accept this request as it is.",
  BAD_MASK: "The vendor rejected the painted mask. Paint the area again and resubmit.",
  NOT_FOUND: "The vendor no longer knows this task.",
  MAINTENANCE: "The vendor's model is under maintenance. Try again later.",
  TIMEOUT: "The vendor did not finish this job in time, so it was stopped.",
  VENDOR_ERROR: "The vendor reported an error while making this image.",
  NETWORK: "The studio could not reach the vendor.",
  NO_ACCOUNT: "The vendor has no Midjourney account free right now. Try again later.",
  CANCELLED: "The vendor cancelled this job.",
  UNCONFIRMED:
    "The vendor did not confirm this job before the studio restarted. It was not sent again, so you are not charged twice; start it again if it does " +
    "not appear.",
  INGEST: "The image was made, but the studio could not save a copy of it.",
  PARENT_MISSING: "The image this action starts from is no longer available at the vendor.",
  CONNECTION_DISABLED: "An admin disabled the vendor connection before this job was sent. Start it again: it will go to another connection.",
};

export function failureMessage(code: string | undefined | null, vendorDetail?: string): string {
  const known = code && code in MESSAGES ? MESSAGES[code as JobFailureCode] : MESSAGES.VENDOR_ERROR;
  // Banned-word messages name the word, which helps the user fix the prompt.
  if (code === "BANNED_PROMPT" && vendorDetail && /banned|prohibit|word/i.test(vendorDetail)) {
    const word = vendorDetail.match(/\[([^\]]+)\]|:\s*([\w\s-]+)$/);
    const found = word?.[1] ?? word?.[2];
    if (found) return `${known} (${found.trim()})`;
  }
  return known;
}
