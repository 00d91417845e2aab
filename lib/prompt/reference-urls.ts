// The prompt a vendor gets for an imagine with reference slots: each slot's signed address joins
// its flag (--sref, --oref, --cref), after what the user typed there, in place when the flag is
// already written. Only at submit: the stored prompt never holds these short-lived links.
import { setPromptFlag } from "./composer-flags";
import { parsePrompt } from "./prompt-flags";

export interface ReferenceUrls {
  sref: string[];
  oref: string[];
  cref: string[];
}

export function withReferenceUrls(prompt: string, urls: ReferenceUrls): string {
  const { flags } = parsePrompt(prompt);
  let out = prompt.trim();
  if (urls.sref.length) out = setPromptFlag(out, "sref", [...(flags.sref ?? []), ...urls.sref].join(" "));
  if (urls.oref.length) out = setPromptFlag(out, "oref", [...(flags.oref ? [flags.oref] : []), ...urls.oref].join(" "));
  if (urls.cref.length) out = setPromptFlag(out, "cref", [...(flags.cref ?? []), ...urls.cref].join(" "));
  return out;
}
