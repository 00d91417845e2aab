import type { Metadata } from "next";
import { getAdminPageUser } from "@/lib/auth/admin-page";
import { getRetentionOverview } from "@/lib/data/retention/get-retention-overview";
import { Forbidden } from "@/components/ui/forbidden";
import { AdminHeader } from "@/components/admin/admin-header";
import { LastSweep } from "@/components/admin/settings/last-sweep";
import { RetentionForm } from "@/components/admin/settings/retention-form";

export const metadata: Metadata = { title: "Settings · Admin" };

export default async function SettingsPage() {
  const user = await getAdminPageUser("/admin/settings");
  if (!user) return <Forbidden />;
  const overview = await getRetentionOverview(user);
  return (
    <>
      <AdminHeader title="Settings" description="Studio-wide settings: how long records that grow with use are kept." />
      <div className="grid gap-4 lg:grid-cols-[1.6fr_1fr]">
        <RetentionForm overview={overview} />
        <LastSweep sweep={overview.lastSweep} />
      </div>
    </>
  );
}
