// Buttons as trueai relays them from Discord: every component with a customId is copied, in
// Discord's order (DiscordWebSocketService.cs:2545-2557). That brings Midjourney's newer buttons
// too: the ❤️ bookmark and, on an upscale, Animate (High/Low motion), whose customIds follow
// CustomComponentModel.cs:67-88. Describe and shorten buttons end in their index, which
// trueai reads as the last "::" part (TaskService.cs:1882, 1919).
import { renderButton, shapeOf, type ButtonShape, type MjproxyButtonJson } from "../mjproxy/mjproxy-custom-ids";
import type { TaskButton } from "../store/task-types";

const EXTRA: Record<string, ButtonShape> = {
  bookmark: { customId: (hash) => `MJ::BOOKMARK::${hash}`, label: "", emoji: "❤️" },
};

function trueaiShape(action: string): ButtonShape | null {
  const reader = /^(pic_reader|prompt_analyzer)_([1-5])$/.exec(action);
  if (reader) {
    const name = reader[1] === "pic_reader" ? "PicReader" : "PromptAnalyzer";
    return { customId: () => `MJ::Job::${name}::${reader[2]}`, label: reader[2], emoji: "" };
  }
  return EXTRA[action] ?? shapeOf(action);
}

/** Discord lays a grid out as U1-U4 and 🔄 on the first row, V1-V4 on the second. */
const GRID_ORDER = ["upsample1", "upsample2", "upsample3", "upsample4", "reroll", "variation1", "variation2", "variation3", "variation4"];

export function trueaiButtons(actions: string[], hash: string, shape: "grid" | "single" | "text" | "video"): TaskButton[] {
  // Animate sits before the bookmark, as Discord lays it out.
  const ordered =
    shape === "grid"
      ? GRID_ORDER.filter((action) => actions.includes(action))
      : actions.filter((action) => !action.startsWith("animate_") || shape === "video");
  if (shape === "single" && actions.includes("inpaint")) ordered.push("animate_high", "animate_low", "bookmark");
  return ordered.flatMap((action) => {
    const found = trueaiShape(action);
    return found ? [{ customId: found.customId(hash), action }] : [];
  });
}

export function renderTrueaiButton(button: TaskButton): MjproxyButtonJson {
  const found = trueaiShape(button.action);
  return found ? { customId: button.customId, emoji: found.emoji, label: found.label, style: 2, type: 2 } : renderButton(button);
}
