// The TTAPI adapter: /midjourney/v1/* with the TT-API-KEY header.
import { USER_AGENT, type AdapterOptions } from "../adapter-options";
import { downloadImage } from "../http/download-image";
import { DISCORD_CDN_HOSTS, TTAPI_CDN_HOSTS } from "../http/image-source-policy";
import { vendorBaseUrl } from "../http/vendor-base-url";
import { isDataUrl, isWebUrl, promptWithImageUrls, requireDataUrls, requireMask, splitImageRefs } from "../submit-inputs";
import type { SubmitCommon, VendorClient, VendorConnectionConfig } from "../types";
import { VendorError } from "../vendor-error";
import { checkTtapiConnection } from "./check-ttapi-connection";
import { fetchTtapiTask } from "./fetch-ttapi-task";
import { isTtapiActionName } from "./ttapi-actions";
import { checkTtapiPrompt } from "./check-ttapi-prompt";
import { readTtapiSeed } from "./read-ttapi-seed";
import { ttapiSubmit, type TtapiContext } from "./ttapi-transport";
import { editTtapiImage, extendTtapiVideo, submitTtapiVideo } from "./ttapi-video";

/** TTAPI's task timeout: 300-1200 s, and at least 600 s in relax mode. */
function taskTimeout(seconds: number | undefined, mode: string | undefined): number | undefined {
  if (seconds === undefined) return undefined;
  return Math.min(1200, Math.max(mode === "relax" ? 600 : 300, Math.round(seconds)));
}

export function createTtapiClient(config: VendorConnectionConfig, options: AdapterOptions): VendorClient {
  const ctx: TtapiContext = {
    baseUrl: vendorBaseUrl(config.baseUrl, ["/midjourney/v1", "/midjourney"]),
    apiKey: config.apiKey,
    timeoutMs: options.timeoutMs,
    userAgent: USER_AGENT,
    deps: options.deps,
  };

  // Fields every submit carries. notify_id is documented on /imagine; the callback section
  // says it is echoed for any task, so it is sent on every submit.
  function common(request: SubmitCommon, withMode: boolean): Record<string, unknown> {
    const mode = request.mode ?? config.defaultMode;
    return {
      ...(withMode ? { mode } : {}),
      ...(request.hookUrl ? { hookUrl: request.hookUrl } : {}),
      notify_id: request.notifyId,
      ...(request.vendorTimeoutS !== undefined ? { timeout: taskTimeout(request.vendorTimeoutS, withMode ? mode : undefined) } : {}),
    };
  }

  const submit = async (path: string, body: Record<string, unknown>) => ({ taskId: await ttapiSubmit(ctx, path, body) });

  return {
    protocol: "ttapi",

    async imagine(request) {
      const { urls, dataUrls } = splitImageRefs(request.imageRefs);
      if (dataUrls.length) throw new VendorError("BAD_REQUEST", "TTAPI takes image references only as web addresses; upload the image somewhere public first.");
      let prompt = promptWithImageUrls(request.prompt, urls);
      if (request.niji && !/--niji\b/.test(prompt)) prompt = `${prompt} --niji`;
      // getUImages: the four tiles come back separately, so the studio stores each one.
      return submit("/midjourney/v1/imagine", { prompt, ...common(request, true), getUImages: true });
    },

    async act(request) {
      if (request.action.key === "vary_region") throw new VendorError("BAD_REQUEST", "Vary (Region) needs a mask: use varyRegion.");
      if (/^(animate|extend|video_upscale):/.test(request.action.key)) {
        throw new VendorError("BAD_REQUEST", `TTAPI has no "${request.action.key}" action: animate with video() and extend with extendVideo().`);
      }
      if (!isTtapiActionName(request.action.payload)) {
        throw new VendorError("BAD_REQUEST", `"${request.action.payload}" is not one of TTAPI's actions.`);
      }
      return submit("/midjourney/v1/action", { jobId: request.parentTaskId, action: request.action.payload, ...common(request, false), getUImages: true });
    },

    async blend(request) {
      requireDataUrls(request.images, "Blend", 2, 5);
      return submit("/midjourney/v1/blend", {
        imgBase64Array: request.images,
        ...(request.dimensions ? { dimensions: request.dimensions } : {}),
        ...common(request, true),
        getUImages: true,
      });
    },

    async describe(request) {
      // TTAPI wants the data: prefix on describe (unlike the inpaint mask).
      const image = isDataUrl(request.image) ? { base64: request.image } : isWebUrl(request.image) ? { url: request.image } : undefined;
      if (!image) throw new VendorError("BAD_REQUEST", "Describe needs an image as a data URL or an http(s) address.");
      return submit("/midjourney/v1/describe", { ...image, ...common(request, false) });
    },

    async varyRegion(request) {
      requireMask(request.mask);
      return submit("/midjourney/v1/inpaint", {
        jobId: request.parentTaskId,
        // TTAPI documents the mask as bare base64, without "data:image/png;base64,".
        mask: request.mask.toString("base64"),
        ...(request.prompt?.trim() ? { prompt: request.prompt.trim() } : {}),
        ...common(request, false),
      });
    },

    fetchTask: (taskId, family) => fetchTtapiTask(ctx, taskId, family),
    video: (request) => submitTtapiVideo(ctx, request),
    extendVideo: (request) => extendTtapiVideo(ctx, request),
    editImage: (request) => editTtapiImage(ctx, request, request.mode ?? config.defaultMode),
    editTypes: ["edit", "retexture"],
    seed: (taskId) => readTtapiSeed(ctx, options, taskId),
    promptCheck: (prompt) => checkTtapiPrompt(ctx, prompt),
    checkConnection: () => checkTtapiConnection(ctx),

    async downloadImage(url, maxBytes, media) {
      return downloadImage(url, maxBytes, {
        media,
        vendor: "TTAPI",
        policy: { ownOrigin: new URL(ctx.baseUrl).origin, cdnHosts: [...TTAPI_CDN_HOSTS, ...DISCORD_CDN_HOSTS] },
        ownHeaders: { "TT-API-KEY": ctx.apiKey },
        commonHeaders: { "User-Agent": ctx.userAgent },
        timeoutMs: options.downloadTimeoutMs,
        deps: options.deps,
      });
    },
    // findByNotifyId stays undefined: TTAPI has no list or search endpoint, and notify_id is only
    // echoed in callbacks, so after a crash the studio cannot ask whether a task exists.
  };
}
