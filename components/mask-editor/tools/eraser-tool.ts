// Eraser: the brush's state machine, taking paint away (black = keep) instead of adding it.
import { createBrushTool } from "./brush-tool";

export const eraserTool = createBrushTool("eraser", "Eraser", "subtract");
