import { getSessionUser } from "@/lib/auth/session";
import { AdminNav } from "@/components/admin/admin-nav";

/** The admin area's frame: section tabs for admins only (each page checks the role itself too). */
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await getSessionUser();
  return (
    <div className="mx-auto max-w-6xl px-4 py-6 md:px-8 md:py-8">
      {user?.role === "ADMIN" && <AdminNav />}
      {children}
    </div>
  );
}
