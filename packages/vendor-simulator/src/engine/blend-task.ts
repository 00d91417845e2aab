// A blend is the same task on every vendor: no prompt, the saved images as its inputs, and the
// tile size of the dimensions asked for (SQUARE when none).
import { tileSizeFor } from "../image/aspect-ratio";
import { newSeed, type NewTask } from "./create-task";

const BLEND_ASPECTS = { PORTRAIT: { w: 2, h: 3 }, SQUARE: { w: 1, h: 1 }, LANDSCAPE: { w: 3, h: 2 } } as const;

export function blendTaskFields(
  id: string,
  inputs: string[],
  dimensions: keyof typeof BLEND_ASPECTS | undefined,
): Pick<NewTask, "kind" | "action" | "prompt" | "params"> {
  const tile = tileSizeFor(BLEND_ASPECTS[dimensions ?? "SQUARE"]);
  return { kind: "blend", action: "blend", prompt: "", params: { seed: newSeed(id), family: "v6", tileWidth: tile.width, tileHeight: tile.height, inputs } };
}
