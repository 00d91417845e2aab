// Which follow-ups wait in MODAL for /mj/submit/modal on trueai (TaskService.cs:1696-2011):
// Vary (Region) and Custom Zoom always (their Discord window must be confirmed); a describe's
// prompt buttons always, since RemixAutoSubmit defaults to false; and, when the account has
// Remix on, V1-V4, Vary (Subtle/Strong), pans and reroll.

const ALWAYS = /^(inpaint|custom_zoom|pic_reader_[1-5])$/;
const REMIX = /^(variation[1-4]|low_variation|high_variation|pan_(left|right|up|down)|reroll)$/;

export function parksInModal(action: string, remix: boolean): boolean {
  return ALWAYS.test(action) || (remix && REMIX.test(action));
}

/** What the modal must bring: Vary (Region) a mask, Custom Zoom a --zoom, the rest a (remix) prompt. */
export function modalNeeds(action: string): "mask" | "zoom" | "prompt" {
  if (action === "inpaint") return "mask";
  if (action === "custom_zoom") return "zoom";
  return "prompt";
}

/** The speed flags trueai strips from the parent's final prompt before a follow-up (TaskService.cs:1532). */
export function withoutSpeedFlags(prompt: string): string {
  return prompt.replace(/--fast|--relax|--turbo/g, "").trim();
}
