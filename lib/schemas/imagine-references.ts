// The checks an imagine request's references need beyond their own shape: how many each slot
// takes (counting what the prompt already names), and whether the chosen model version accepts
// them and the prompt's other version-bound flags. Same words as the composer's warnings.
import type { z } from "zod";
import { REFERENCE_SLOT_LIMITS, REFERENCE_SLOT_NAMES, REFERENCE_SLOTS, type ImageReference } from "@/lib/domain/image-reference";
import { parsePrompt } from "@/lib/prompt/prompt-flags";
import { promptVersion, unsupportedFlagMessages, usedFeatures } from "@/lib/prompt/version-support";

interface ImagineReferencesInput {
  prompt: string;
  imageRefKeys: string[];
  imageRefUrls: string[];
  references: ImageReference[];
}

export function checkImagineReferences(input: ImagineReferencesInput, ctx: z.RefinementCtx): void {
  const { flags } = parsePrompt(input.prompt);
  const inPrompt = {
    image: input.imageRefKeys.length + input.imageRefUrls.length,
    sref: flags.sref?.length ?? 0,
    oref: flags.oref ? 1 : 0,
    cref: flags.cref?.length ?? 0,
  };
  for (const slot of REFERENCE_SLOTS) {
    const count = input.references.filter((r) => r.slot === slot).length + inPrompt[slot];
    const limit = REFERENCE_SLOT_LIMITS[slot];
    if (count > limit) {
      const what = limit === 1 ? "one image" : `at most ${limit} images`;
      ctx.addIssue({ code: "custom", path: ["references"], message: `${REFERENCE_SLOT_NAMES[slot]} takes ${what} (this request has ${count}).` });
    }
  }
  const slots = input.references.map((r) => r.slot).filter((slot) => slot !== "image");
  for (const message of unsupportedFlagMessages(promptVersion(flags), [...usedFeatures(flags), ...slots])) {
    ctx.addIssue({ code: "custom", path: ["prompt"], message });
  }
}
