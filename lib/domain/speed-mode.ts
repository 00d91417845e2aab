// Midjourney's speed modes: a connection's default, a job's choice, the composer's --fast/--relax/--turbo.
import { z } from "zod";

export const SPEED_MODES = ["fast", "relax", "turbo"] as const;
export type SpeedMode = (typeof SPEED_MODES)[number];
export const speedModeSchema = z.enum(SPEED_MODES);

export function isSpeedMode(value: unknown): value is SpeedMode {
  return (SPEED_MODES as readonly unknown[]).includes(value);
}

/** Midjourney's own names for the modes (the composer and the connection form show them). */
export const SPEED_MODE_NAMES: Readonly<Record<SpeedMode, string>> = { fast: "Fast", relax: "Relax", turbo: "Turbo" };
