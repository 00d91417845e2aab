import type { Metadata } from "next";
import { requirePageUser } from "@/lib/auth/session";
import { Forbidden } from "@/components/ui/forbidden";

export const metadata: Metadata = { title: "Admin" };

export default async function AdminPage() {
  const user = await requirePageUser("/admin");
  if (user.role !== "ADMIN") return <Forbidden />;
  return (
    <div className="mx-auto max-w-5xl px-4 py-8 md:px-8">
      <h1 className="text-2xl font-semibold tracking-tight">Admin</h1>
      <p className="mt-1 text-sm text-neutral-400">Vendor connections, people, teams, usage and the audit log.</p>
    </div>
  );
}
