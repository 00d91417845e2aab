// Which video follow-ups a finished midjourney-proxy task offers, given what the vendor relays.
import { actionLabel } from "../action-vocabulary";
import type { OfferedAction } from "../types";
import type { MjproxyProfileSpec } from "./mjproxy-profiles";

const VIDEO_KEY = /^(animate|extend|video_upscale):/;

/** Extend without a button: /mj/submit/video {action: "extend", index, taskId}. The payload is the motion. */
export const MJPROXY_EXTEND_PAYLOAD = { low: "low", high: "high" } as const;

function extendOffer(motion: "low" | "high"): OfferedAction {
  const key = `extend:${motion}`;
  return { key, label: actionLabel(key) ?? key, payload: MJPROXY_EXTEND_PAYLOAD[motion] };
}

/**
 * - Without video at the vendor (4AllAPI, DataEyes) no video follow-up is offered.
 * - Without video buttons on /mj/submit/action (New API refuses them: service/midjourney.go
 *   CoverPlusActionToNormalAction, "unknown_action:<customId>") the clip buttons
 *   (video_virtual_upscale) go; Animate and Extend stay, because video() and extendVideo() reach
 *   them through /mj/submit/video instead.
 * - A VIDEO task offers Extend (low/high) even without an extend button: trueai's own
 *   /mj/submit/video {action: "extend", index, taskId} extends clip `index` of a video task
 *   (TaskService.cs:727-835), and New API relays it to the task's channel (relay/
 *   mjproxy_handler.go RelayMidjourneySubmit, RelayModeMidjourneyVideo with a taskId).
 */
export function mjproxyVideoActions(offered: OfferedAction[], taskAction: string, profile: MjproxyProfileSpec): OfferedAction[] {
  const has = (f: "video" | "videoButtons") => profile.features.has(f);
  const actions = offered.filter((a) => {
    if (!VIDEO_KEY.test(a.key)) return true;
    if (!has("video")) return false;
    return has("videoButtons") || !a.key.startsWith("video_upscale:");
  });
  if (has("video") && (taskAction === "VIDEO" || taskAction === "VIDEO_EXTEND")) {
    for (const motion of ["high", "low"] as const) {
      if (!actions.some((a) => a.key === `extend:${motion}`)) actions.push(extendOffer(motion));
    }
  }
  return actions;
}
