// The toolbar's tools, in toolbar order.
import { brushTool } from "./brush-tool";
import { eraserTool } from "./eraser-tool";
import { lassoTool } from "./lasso-tool";
import type { MaskTool, ToolId } from "./mask-tool";
import { rectangleTool } from "./rectangle-tool";

export const TOOLS: readonly MaskTool[] = [brushTool, eraserTool, rectangleTool, lassoTool];

export const toolById: Record<ToolId, MaskTool> = { brush: brushTool, eraser: eraserTool, rect: rectangleTool, lasso: lassoTool };
