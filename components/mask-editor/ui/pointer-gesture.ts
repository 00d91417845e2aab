// Which gesture owns the pointers right now. One finger, a pen or the left mouse button draws
// with the tool; the middle button, or any button while Space is held, pans; two fingers pinch
// (and cancel a stroke the first finger started). After a pinch, drawing waits until every
// finger has lifted, so the finger that stays down does not smear paint.
import type { Point } from "../model/mask-stroke";

export type Gesture =
  | { kind: "none" }
  | { kind: "tool"; pointerId: number }
  | { kind: "pan"; pointerId: number; last: Point }
  | { kind: "pinch"; ids: [number, number]; last: [Point, Point] }
  | { kind: "settling" };

export interface PointerDown {
  pointerId: number;
  pointerType: string;
  button: number;
  point: Point;
}

export const NO_GESTURE: Gesture = { kind: "none" };

/** The gesture a new pointer starts, given the current one and the touches already down (this one included). */
export function startGesture(current: Gesture, down: PointerDown, touches: ReadonlyMap<number, Point>, spaceHeld: boolean): Gesture {
  if (down.pointerType === "touch" && touches.size === 2 && (current.kind === "tool" || current.kind === "none")) {
    const [a, b] = [...touches.entries()];
    return { kind: "pinch", ids: [a[0], b[0]], last: [a[1], b[1]] };
  }
  if (current.kind !== "none") return current;
  if (down.button === 1 || (spaceHeld && down.button === 0)) return { kind: "pan", pointerId: down.pointerId, last: down.point };
  // 0: left button, pen tip or touch; 5: a pen's eraser end.
  if (down.button === 0 || down.button === 5) return { kind: "tool", pointerId: down.pointerId };
  return current;
}

/** The gesture after a pointer lifts. */
export function endGesture(current: Gesture, pointerId: number, touchesLeft: number): Gesture {
  if (current.kind === "pinch") return current.ids.includes(pointerId) ? (touchesLeft > 0 ? { kind: "settling" } : NO_GESTURE) : current;
  if (current.kind === "settling") return touchesLeft > 0 ? current : NO_GESTURE;
  if ((current.kind === "tool" || current.kind === "pan") && current.pointerId === pointerId) return NO_GESTURE;
  return current;
}
