import { requireDataUrls } from "../submit-inputs";
import { VendorError } from "../vendor-error";
import { mjproxyHttpError, resultCode, resultCodeError } from "./mjproxy-error";
import { mjproxyResultSchema } from "./mjproxy-schemas";
import { mjproxyCall, type MjproxyContext } from "./mjproxy-transport";

/** POST /mj/submit/upload-discord-images: data URLs in, Discord addresses out (a write: sent once). */
export async function uploadMjproxyImages(ctx: MjproxyContext, images: string[]): Promise<string[]> {
  requireDataUrls(images, "Upload", 1, 10);
  const path = "/mj/submit/upload-discord-images";
  const answer = await mjproxyCall(ctx, "POST", path, { base64Array: images }, false);
  if (answer.status < 200 || answer.status >= 300) throw mjproxyHttpError(answer, ctx.profile, `POST ${path}`, false);
  const parsed = mjproxyResultSchema.safeParse(answer.raw);
  if (!parsed.success)
    throw new VendorError("VENDOR_ERROR", `${ctx.profile.vendor} answered POST ${path} with something that is not its JSON format.`, { outcomeUnknown: true });
  const code = resultCode(parsed.data);
  // The samples show "result" as a list of addresses and, once, as a single string.
  const result = parsed.data.result;
  const urls = (Array.isArray(result) ? result : [result]).filter((u): u is string => typeof u === "string" && /^https?:\/\//i.test(u));
  if ((code === 1 || code === 0) && urls.length) return urls;
  throw resultCodeError(parsed.data, ctx.profile, `POST ${path}`, answer.status);
}
