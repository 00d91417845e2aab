import { afterAll, vi } from "vitest";
import { removeTestDatabase } from "@/lib/data/images/test-fixtures";
import { AppError } from "@/lib/errors";
import { describeImageRoute, type Viewer } from "@/tests/support/image-route-cases";

vi.hoisted(() => {
  process.env.DATA_DIR = `${process.env.TMPDIR ?? "/tmp"}/atelier-image-route-test-${process.pid}-${Date.now()}`;
  delete process.env.DATABASE_URL;
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
