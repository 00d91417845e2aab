import { describe, expect, it } from "vitest";
import { endGesture, NO_GESTURE, startGesture, type PointerDown } from "./pointer-gesture";

const down = (pointerId: number, pointerType: string, button = 0): PointerDown => ({ pointerId, pointerType, button, point: { x: pointerId, y: 0 } });
const touches = (...ids: number[]) => new Map(ids.map((id) => [id, { x: id, y: 0 }]));

describe("pointer gestures", () => {
  it("left button, pen tip and one finger draw; the pen's eraser end draws too (as eraser)", () => {
    expect(startGesture(NO_GESTURE, down(1, "mouse"), touches(), false)).toEqual({ kind: "tool", pointerId: 1 });
    expect(startGesture(NO_GESTURE, down(2, "pen", 5), touches(), false)).toEqual({ kind: "tool", pointerId: 2 });
    expect(startGesture(NO_GESTURE, down(3, "touch"), touches(3), false)).toEqual({ kind: "tool", pointerId: 3 });
  });

  it("middle button or Space+drag pans; the right button does nothing", () => {
    expect(startGesture(NO_GESTURE, down(1, "mouse", 1), touches(), false)).toMatchObject({ kind: "pan" });
    expect(startGesture(NO_GESTURE, down(1, "mouse", 0), touches(), true)).toMatchObject({ kind: "pan" });
    expect(startGesture(NO_GESTURE, down(1, "mouse", 2), touches(), false)).toBe(NO_GESTURE);
  });

  it("a second finger turns a stroke into a pinch, and drawing waits until all fingers lift", () => {
    const drawing = startGesture(NO_GESTURE, down(1, "touch"), touches(1), false);
    const pinch = startGesture(drawing, down(2, "touch"), touches(1, 2), false);
    expect(pinch).toMatchObject({ kind: "pinch", ids: [1, 2] });
    const settling = endGesture(pinch, 2, 1);
    expect(settling).toEqual({ kind: "settling" });
    expect(startGesture(settling, down(3, "touch"), touches(1, 3), false)).toBe(settling);
    expect(endGesture(settling, 1, 0)).toBe(NO_GESTURE);
  });

  it("only the pointer that started a stroke or pan ends it", () => {
    const tool = startGesture(NO_GESTURE, down(1, "mouse"), touches(), false);
    expect(endGesture(tool, 9, 0)).toBe(tool);
    expect(endGesture(tool, 1, 0)).toBe(NO_GESTURE);
  });
});
