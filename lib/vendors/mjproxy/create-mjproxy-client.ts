// The midjourney-proxy adapter (/mj/*) for New API, 4AllAPI, DataEyes and self-hosted proxies.
// The profile decides how the key is sent, how the speed mode travels and which endpoints
// exist: a call the vendor does not document fails here with a clear error instead of
// reaching the network.
import type { SpeedMode } from "@/lib/domain/speed-mode";
import type { AdapterOptions } from "../adapter-options";
import { downloadImage } from "../http/download-image";
import { DISCORD_CDN_HOSTS, MIDJOURNEY_CDN_HOSTS } from "../http/image-source-policy";
import { vendorBaseUrl } from "../http/vendor-base-url";
import { isDataUrl, promptWithImageUrls, requireDataUrls, requireMask, splitImageRefs } from "../submit-inputs";
import type { SubmitCommon, VendorClient, VendorConnectionConfig } from "../types";
import { VendorError } from "../vendor-error";
import { checkMjproxyConnection } from "./check-mjproxy-connection";
import { fetchMjproxyTask } from "./fetch-mjproxy-task";
import { mjproxyProfile, type MjproxyFeature } from "./mjproxy-profiles";
import { listMjproxyTasks, readMjproxySeed } from "./mjproxy-reads";
import { promptWithMode, sendModal, submitAction, submitThroughModal } from "./mjproxy-modal";
import { mjproxySubmit } from "./mjproxy-submit";
import { mjproxyHeaders, type MjproxyContext } from "./mjproxy-transport";
import { checkMjproxyVideoAction, editMjproxyImage, extendMjproxyVideo, submitMjproxyVideo, type MjproxyVideoKit } from "./mjproxy-video";
import type { MjproxyNormalizeContext } from "./normalize-mjproxy-task";
import { uploadMjproxyImages } from "./upload-mjproxy-images";

const FEATURE_NAMES: Record<MjproxyFeature, string> = {
  modal: "Vary (Region) or Custom Zoom (/mj/submit/modal)",
  blend: "blend (/mj/submit/blend)",
  describe: "describe (/mj/submit/describe)",
  shorten: "shorten (/mj/submit/shorten)",
  faceSwap: "face swap (/mj/insight-face/swap)",
  upload: "image upload (/mj/submit/upload-discord-images)",
  list: "task lists (/mj/task/list-by-condition)",
  seed: "image seeds (/mj/task/{id}/image-seed)",
  hooks: "webhooks",
  actionOptions: "action options",
  imageRefs: "image references as base64 (base64Array)",
  imageEndpoint: "GET /mj/image/{id}",
  video: "video (/mj/submit/video)",
  edits: "image edits (/mj/submit/edits)",
  retexture: "retexture (/mj/submit/retexture)",
  videoButtons: "Midjourney's video buttons on /mj/submit/action",
};

export function createMjproxyClient(config: VendorConnectionConfig, options: AdapterOptions): VendorClient {
  const profile = mjproxyProfile(config.profile);
  const baseUrl = vendorBaseUrl(config.baseUrl, ["/mj"]);
  const ctx: MjproxyContext = { baseUrl, apiKey: config.apiKey, timeoutMs: options.timeoutMs, profile, deps: options.deps };
  const norm: MjproxyNormalizeContext = { profile, baseUrl };
  const has = (feature: MjproxyFeature) => profile.features.has(feature);
  const need = (feature: MjproxyFeature) => {
    if (!has(feature)) throw new VendorError("BAD_REQUEST", `${profile.vendor} does not offer ${FEATURE_NAMES[feature]}; its documentation does not list it.`);
  };

  // accountFilter reaches a self-hosted proxy; a New API gateway deletes it, so there the mode
  // also rides in the prompt (promptWithMode).
  const modes = (mode: SpeedMode | undefined) => (mode ? { accountFilter: { modes: [mode.toUpperCase()] } } : {});
  // state carries the job's notify id: the vendor echoes it in every task and callback.
  const hooks = (request: SubmitCommon) => (has("hooks") ? { ...(request.hookUrl ? { notifyHook: request.hookUrl } : {}), state: request.notifyId } : {});
  const botType = (niji: boolean | undefined) => ({ botType: niji ? "NIJI_JOURNEY" : "MID_JOURNEY" });
  const submit = async (path: string, body: Record<string, unknown>, alsoAccept?: number[]) => ({
    taskId: (await mjproxySubmit(ctx, path, body, alsoAccept)).taskId,
  });

  function actionBody(parentTaskId: string, customId: string, request: SubmitCommon): Record<string, unknown> {
    // chooseSameChannel: a customId belongs to one Discord message, so the account that made the
    // parent must press it. No accountFilter.modes: a mode filter could exclude that very
    // account, and TTAPI's /action takes no mode either; the account's own mode applies.
    const extras = has("actionOptions") ? { chooseSameChannel: true } : {};
    return { customId, taskId: parentTaskId, ...extras, ...hooks(request) };
  }

  const videoKit: MjproxyVideoKit = { ctx, defaultMode: config.defaultMode, has, need, hooks, modes, actionBody };

  const client: VendorClient = {
    protocol: "mjproxy",

    async imagine(request) {
      const { urls, dataUrls } = splitImageRefs(request.imageRefs);
      if (dataUrls.length) need("imageRefs");
      const mode = request.mode ?? config.defaultMode;
      return submit("/mj/submit/imagine", {
        ...botType(request.niji),
        prompt: promptWithMode(ctx, promptWithImageUrls(request.prompt, urls), mode),
        ...(dataUrls.length ? { base64Array: dataUrls } : {}),
        ...modes(mode),
        ...hooks(request),
      });
    },

    async act(request) {
      const { key, payload } = request.action;
      if (key === "vary_region") throw new VendorError("BAD_REQUEST", "Vary (Region) needs a mask: use varyRegion.");
      checkMjproxyVideoAction(videoKit, key, payload);
      const body = actionBody(request.parentTaskId, payload, request);
      const mode = request.mode ?? config.defaultMode;
      if (key === "zoom:custom") {
        need("modal");
        const prompt = request.prompt?.trim();
        if (!prompt) throw new VendorError("BAD_REQUEST", "Custom Zoom needs a prompt with its --zoom value.");
        return submitThroughModal(ctx, body, { prompt, mode });
      }
      // Without the modal endpoint a remix dialog could not be answered: the plain action it is.
      if (!has("modal")) return submit("/mj/submit/action", body);
      return submitAction(ctx, body, { prompt: request.prompt, defaultPrompt: request.defaultPrompt, mode });
    },

    async blend(request) {
      need("blend");
      requireDataUrls(request.images, "Blend", 2, 5);
      return submit("/mj/submit/blend", {
        ...botType(false),
        base64Array: request.images,
        ...(request.dimensions ? { dimensions: request.dimensions } : {}),
        ...modes(request.mode ?? config.defaultMode),
        ...hooks(request),
      });
    },

    async describe(request) {
      need("describe");
      if (!isDataUrl(request.image)) throw new VendorError("BAD_REQUEST", `${profile.vendor} describes only uploaded images (base64 data URLs).`);
      return submit("/mj/submit/describe", { ...botType(false), base64: request.image, ...modes(request.mode ?? config.defaultMode), ...hooks(request) });
    },

    async varyRegion(request) {
      need("modal");
      requireMask(request.mask);
      if (request.action?.key !== "vary_region") {
        throw new VendorError("BAD_REQUEST", "Vary (Region) needs the parent task's Vary (Region) button (its customId comes from the vendor).");
      }
      return submitThroughModal(ctx, actionBody(request.parentTaskId, request.action.payload, request), {
        mask: request.mask,
        prompt: request.prompt,
        mode: request.mode ?? config.defaultMode,
      });
    },

    // One fetch for every family: videos and edits are tasks like any other here.
    fetchTask: (taskId) => fetchMjproxyTask(ctx, norm, taskId),

    async seed(taskId) {
      need("seed");
      return readMjproxySeed(ctx, taskId);
    },

    checkConnection: () => checkMjproxyConnection(ctx),

    async downloadImage(url, maxBytes, media) {
      return downloadImage(url, maxBytes, {
        media,
        vendor: profile.vendor,
        // Discord (trueai's url/proxyUrl) and Midjourney's CDN; a proxy's own CDN, object storage
        // or a gateway's ServerAddress only when an admin listed it on the connection.
        policy: { ownOrigin: new URL(baseUrl).origin, cdnHosts: [...DISCORD_CDN_HOSTS, ...MIDJOURNEY_CDN_HOSTS], extraHosts: config.imageHosts ?? [] },
        // DataEyes serves images at GET /mj/image/{id} behind the same key and User-Agent check;
        // a self-hosted proxy's own address gets its raw key headers.
        ownHeaders: mjproxyHeaders(ctx),
        commonHeaders: { "User-Agent": mjproxyHeaders(ctx)["User-Agent"] },
        timeoutMs: options.downloadTimeoutMs,
        deps: options.deps,
      });
    },
    // findByNotifyId stays undefined: list-by-condition filters by task ids only (the documents
    // give it no state filter), so "no task with this state" could never be told apart from
    // "the vendor ignored the filter", and a wrong "not submitted" would bill the user twice.
  };

  if (has("modal")) {
    // A task found waiting in the dialog later (lost answer, user's prompt): only where the
    // vendor has /mj/submit/modal, so the engine asks the user where it cannot confirm itself.
    client.confirmModal = async (request) => {
      if (request.mask) requireMask(request.mask);
      return sendModal(ctx, request.taskId, { prompt: request.prompt, mask: request.mask, mode: request.mode ?? config.defaultMode });
    };
  }
  if (has("shorten")) {
    client.shorten = async (request) => {
      const mode = request.mode ?? config.defaultMode;
      return submit("/mj/submit/shorten", { ...botType(false), prompt: promptWithMode(ctx, request.prompt, mode), ...modes(mode), ...hooks(request) });
    };
  }
  if (has("faceSwap")) {
    client.faceSwap = async (request) => {
      requireDataUrls([request.sourceImage, request.targetImage], "Face swap", 2, 2);
      // The documents show only the two images in this body, and code 0 in its success sample.
      return submit("/mj/insight-face/swap", { sourceBase64: request.sourceImage, targetBase64: request.targetImage }, [0]);
    };
  }
  // Absent where the vendor has no such endpoint, so the studio says "this vendor does not offer video".
  if (has("video")) {
    client.video = (request) => submitMjproxyVideo(videoKit, request);
    client.extendVideo = (request) => extendMjproxyVideo(videoKit, request);
  }
  if (has("edits") || has("retexture")) {
    client.editImage = (request) => editMjproxyImage(videoKit, request);
    Object.assign(client, { editTypes: [...(has("edits") ? ["edit" as const] : []), ...(has("retexture") ? ["retexture" as const] : [])] });
  }
  if (has("upload")) client.uploadImages = (images) => uploadMjproxyImages(ctx, images);
  if (has("list")) client.listTasks = (ids) => listMjproxyTasks(ctx, norm, ids);
  return client;
}
