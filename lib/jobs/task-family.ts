// Some vendors fetch a task at a different address depending on what it makes: TTAPI answers
// edits only at /midjourney/image-edits/fetch (/work/shared/vendors/VIDEO-AND-EDITS.md). The
// job's kind says which; every fetch of a job's task goes through this.
import type { TaskFamily } from "@/lib/vendors/types";

export function taskFamilyOf(kind: string): TaskFamily {
  switch (kind) {
    case "VIDEO":
      return "video";
    case "EDIT":
      return "edit";
    default:
      return "image";
  }
}
