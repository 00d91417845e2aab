// Quota TTAPI charges per finished job. The documents only show `quota` as "what this job
// cost"; the simulator uses a simple, stable table so budgets in the studio can be tested.
import type { TaskRow } from "../store/task-types";

const GRID_BY_MODE = { relax: 1, fast: 3, turbo: 6 } as const;

export function ttapiQuota(row: TaskRow): number {
  switch (row.kind) {
    case "upsample":
      return 1;
    case "upscale":
      return 2;
    case "describe":
    case "shorten":
      return 1;
    default:
      return GRID_BY_MODE[row.mode];
  }
}
