// One profile per midjourney-proxy vendor: what its documents say it offers and how it reads
// result codes. Everything else about the protocol is shared.
import type { MjproxyProfile } from "@/lib/domain/vendor-protocol";
import type { FailureCode } from "../types";

export type MjproxyFeature =
  | "modal" // /mj/submit/modal: Vary Region and Custom Zoom
  | "blend"
  | "describe"
  | "shorten"
  | "faceSwap"
  | "upload"
  | "list" // /mj/task/list-by-condition
  | "seed" // /mj/task/{id}/image-seed
  | "hooks" // notifyHook and state on submits
  | "actionOptions" // chooseSameChannel and accountFilter on /mj/submit/action
  | "imageRefs" // base64Array on imagine
  | "imageEndpoint" // images only through GET /mj/image/{id}
  | "video" // /mj/submit/video: animate an image, extend a clip
  | "edits" // /mj/submit/edits: Midjourney's editor on an uploaded image
  | "retexture" // /mj/submit/retexture
  | "videoButtons"; // /mj/submit/action takes the video buttons (animate_*, video_virtual_upscale)

export interface MjproxyProfileSpec {
  id: MjproxyProfile;
  vendor: string;
  features: ReadonlySet<MjproxyFeature>;
  /**
   * "bearer": Authorization: Bearer <key> (New API and the gateways built on it).
   * "raw": Authorization: <key> plus mj-api-secret: <key>. trueai compares the Authorization
   * header verbatim with the user's token and never strips "Bearer " (WorkContext.cs:46-48);
   * novicezk reads only mj-api-secret (ApiAuthorizeInterceptor.java:24-27).
   */
  auth: "bearer" | "raw";
  /**
   * New API deletes accountFilter unless its admin enables it (service/midjourney.go:171-176)
   * and routes /mj-relax/mj/... like /mj/... (router/relay-router.go:68), so the speed mode
   * survives only as a --relax/--fast/--turbo flag in the prompt, which trueai reads
   * (SubmitController.cs:1262-1307).
   */
  modeInPrompt: boolean;
  /** Failure meaning of result codes other than 1 and 22 (and 21 with a task id). */
  resultCodes: Readonly<Record<number, { code: FailureCode; meaning: string }>>;
}

const ALL: MjproxyFeature[] = ["modal", "blend", "describe", "shorten", "faceSwap", "upload", "list", "seed", "hooks", "actionOptions", "imageRefs"];

/**
 * A self-hosted trueai proxy has all four (SubmitController.cs:434-698 action, 781-845 edits,
 * 852-915 retexture, 922-1024 video). New API relays only /mj/submit/video and /mj/submit/edits
 * (QuantumNous/new-api relay/constant/relay_mode.go Path2RelayModeMidjourney; relay/
 * mjproxy_handler.go RelayMidjourneySubmit), has no retexture route, and its /mj/submit/action
 * refuses every video button with "unknown_action:<customId>" (service/midjourney.go
 * CoverPlusActionToNormalAction knows only upsample, variation, pan, reroll, Outpaint,
 * CustomZoom and Inpaint).
 */
const NEWAPI_VIDEO: MjproxyFeature[] = ["video", "edits"];
const TRUEAI_VIDEO: MjproxyFeature[] = ["video", "edits", "retexture", "videoButtons"];

// New API's and 4AllAPI's tables: 21 parameter error, 23 system error, 24 account unavailable,
// 25 balance. New API's relay code passes the upstream proxy's codes through (relay-mj.go:558-603
// rewrites only 21 and 22), and upstream 23 is "queue full": both readings say "try again later".
const GATEWAY_CODES = {
  21: { code: "BAD_REQUEST", meaning: "rejected the request's parameters (code 21)" },
  23: { code: "QUEUE_FULL", meaning: "is busy: its queue is full (code 23); try again in a few minutes" },
  24: { code: "VENDOR_ERROR", meaning: "has no Midjourney account available (code 24); try again later" },
  25: { code: "QUOTA", meaning: "says the balance is too low (code 25); top it up, then try again" },
} as const;

const UPSTREAM_CODES = {
  21: { code: "BAD_REQUEST", meaning: "says the task already exists but gave no task id (code 21)" },
  23: { code: "QUEUE_FULL", meaning: "says its queue is full (code 23); try again later" },
  24: { code: "BANNED_PROMPT", meaning: "says the prompt contains words it does not allow (code 24)" },
  25: { code: "QUOTA", meaning: "says the balance is too low (code 25); top it up, then try again" },
} as const;

export const MJPROXY_PROFILES: Record<MjproxyProfile, MjproxyProfileSpec> = {
  newapi: { id: "newapi", vendor: "New API", features: new Set([...ALL, ...NEWAPI_VIDEO]), resultCodes: GATEWAY_CODES, auth: "bearer", modeInPrompt: true },
  // 4AllAPI lists SHORTEN as a task type but documents no /mj/submit/shorten endpoint, and
  // neither video nor edits (its seed document has none of them).
  "4allapi": {
    id: "4allapi",
    vendor: "4AllAPI",
    features: new Set(ALL.filter((f) => f !== "shorten")),
    resultCodes: GATEWAY_CODES,
    auth: "bearer",
    modeInPrompt: true,
  },
  // DataEyes documents imagine, U/V/reroll actions, fetch and GET /mj/image/{id} only (no video,
  // no edits); no hooks
  // (polling only); Cloudflare in front answers 403 (error 1010) to requests without a User-Agent,
  // which is why every adapter request carries one.
  dataeyes: {
    id: "dataeyes",
    vendor: "DataEyes",
    features: new Set<MjproxyFeature>(["imageEndpoint"]),
    resultCodes: UPSTREAM_CODES,
    auth: "bearer",
    modeInPrompt: false,
  },
  // A team's own trueai-org or novicezk midjourney-proxy: raw key auth, accountFilter reaches it.
  generic: {
    id: "generic",
    vendor: "The midjourney-proxy vendor",
    features: new Set([...ALL, ...TRUEAI_VIDEO]),
    resultCodes: UPSTREAM_CODES,
    auth: "raw",
    modeInPrompt: false,
  },
};

export function mjproxyProfile(id: MjproxyProfile): MjproxyProfileSpec {
  return MJPROXY_PROFILES[id] ?? MJPROXY_PROFILES.generic;
}
