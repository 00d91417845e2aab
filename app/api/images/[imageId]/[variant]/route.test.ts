import { afterAll, vi } from "vitest";
import { removeTestDatabase } from "@/lib/data/images/test-fixtures";
import { AppError } from "@/lib/errors";
import { describeImageRoute, type Viewer } from "@/tests/support/image-route-cases";

// A database of its own: SQLite in a temp folder, or PostgreSQL in the TEST_DATABASE=postgresql run.
await vi.hoisted(async () => {
  await import("@/tests/integration/support/test-env");
});

const session = vi.hoisted(() => ({ user: null as Viewer | null }));
vi.mock("@/lib/auth/session", () => ({
  requireUser: async () => {
    if (!session.user) throw new AppError("UNAUTHORIZED");
    return session.user;
  },
}));

afterAll(removeTestDatabase);

describeImageRoute("local files", session);
