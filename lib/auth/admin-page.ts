// For admin pages: the signed-in admin, or null (the page then renders <Forbidden />).
// Every admin page calls it itself: a layout is not re-rendered on client navigation between
// its pages, so it cannot be the only check.
import "server-only";
import { requirePageUser, type SessionUser } from "./session";

export async function getAdminPageUser(path: string): Promise<SessionUser | null> {
  const user = await requirePageUser(path);
  return user.role === "ADMIN" ? user : null;
}
