// TTAPI's action names (the "Action 操作列表" in its documents) and the studio keys they mean.
import { actionLabel } from "../action-vocabulary";
import type { ActionKey, OfferedAction } from "../types";

const TTAPI_ACTION_KEYS: Record<string, ActionKey> = {
  upsample1: "upscale:1",
  upsample2: "upscale:2",
  upsample3: "upscale:3",
  upsample4: "upscale:4",
  variation1: "variation:1",
  variation2: "variation:2",
  variation3: "variation:3",
  variation4: "variation:4",
  reroll: "reroll",
  low_variation: "vary:subtle",
  high_variation: "vary:strong",
  upscale_subtle: "upscale:subtle",
  upscale_creative: "upscale:creative",
  upscale2: "upscale:2x",
  upscale4: "upscale:4x",
  redo_upscale_subtle: "redo_upscale:subtle",
  redo_upscale_creative: "redo_upscale:creative",
  redo_upscale2: "redo_upscale:2x",
  redo_upscale4: "redo_upscale:4x",
  zoom_out_2: "zoom:2",
  zoom_out_1_5: "zoom:1.5",
  pan_left: "pan:left",
  pan_right: "pan:right",
  pan_up: "pan:up",
  pan_down: "pan:down",
  make_square: "make_square",
};

/** TTAPI's Vary Region is its own endpoint; this payload only marks the offered action. */
export const TTAPI_INPAINT_PAYLOAD = "inpaint";

/** The studio key for a TTAPI action name, or undefined when TTAPI's list does not have it. */
export function ttapiActionKey(name: string): ActionKey | undefined {
  return Object.hasOwn(TTAPI_ACTION_KEYS, name) ? TTAPI_ACTION_KEYS[name] : undefined;
}

/** Whether a string is one of TTAPI's documented action names (checked before it is sent). */
export function isTtapiActionName(name: string): boolean {
  return ttapiActionKey(name) !== undefined;
}

/** One offered action for a TTAPI action name (unknown names give undefined and are not offered). */
export function ttapiOfferedAction(name: string): OfferedAction | undefined {
  const key = ttapiActionKey(name);
  const label = key && actionLabel(key);
  return key && label ? { key, label, payload: name } : undefined;
}

/** The Vary (Region) action TTAPI never lists in `components` but offers on every upscale. */
export function ttapiVaryRegionAction(): OfferedAction {
  return { key: "vary_region", label: actionLabel("vary_region") ?? "Vary (Region)", payload: TTAPI_INPAINT_PAYLOAD };
}

/**
 * A finished TTAPI video offers Extend: POST /midjourney/video/extend {jobId, index, manual}.
 * TTAPI has no action name for it (nor for Animate: the studio animates through video()), so
 * the payload is the `manual` (motion) value TTAPI takes; which clip (index 0-3) the user picked
 * travels in VideoExtendRequest.index.
 */
export function ttapiExtendActions(): OfferedAction[] {
  return (["high", "low"] as const).map((motion) => {
    const key = `extend:${motion}`;
    return { key, label: actionLabel(key) ?? key, payload: motion };
  });
}
