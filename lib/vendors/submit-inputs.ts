// Checks on what the studio hands an adapter, shared by both protocols.
import { VendorError } from "./vendor-error";

const DATA_URL = /^data:(image\/[a-z0-9.+-]+);base64,([A-Za-z0-9+/=\s]+)$/i;

export function isDataUrl(value: string): boolean {
  return DATA_URL.test(value);
}

export function isWebUrl(value: string): boolean {
  return /^https?:\/\//i.test(value);
}

/** Splits image references into web addresses (they go into the prompt) and data URLs. */
export function splitImageRefs(refs: readonly string[] = []): { urls: string[]; dataUrls: string[] } {
  const urls: string[] = [];
  const dataUrls: string[] = [];
  for (const ref of refs) {
    if (isWebUrl(ref)) urls.push(ref);
    else if (isDataUrl(ref)) dataUrls.push(ref);
    else throw new VendorError("BAD_REQUEST", "An image reference must be an http(s) address or a base64 data URL.");
  }
  return { urls, dataUrls };
}

/** Midjourney reads image prompts as addresses at the start of the prompt. */
export function promptWithImageUrls(prompt: string, urls: readonly string[]): string {
  return [...urls, prompt.trim()].filter(Boolean).join(" ");
}

export function requireDataUrls(images: readonly string[], what: string, min: number, max: number): void {
  if (images.length < min || images.length > max) throw new VendorError("BAD_REQUEST", `${what} takes ${min} to ${max} images, not ${images.length}.`);
  if (!images.every(isDataUrl)) throw new VendorError("BAD_REQUEST", `${what} needs the images themselves (base64 data URLs).`);
}

export function requireMask(mask: Buffer): void {
  if (!mask.length) throw new VendorError("BAD_MASK", "The mask is empty.");
}
