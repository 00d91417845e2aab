"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { ActionResult } from "@/components/ui/action-result";
import { useServerAction } from "@/components/ui/use-server-action";

/**
 * Runs an admin server action: one at a time per control, its error or success said in words,
 * and the server-rendered page refreshed afterwards so every list shows the new state.
 */
export function useAdminAction() {
  const router = useRouter();
  const action = useServerAction<string>();
  const [notice, setNotice] = useState<string | null>(null);

  async function run<T>(name: string, call: () => Promise<ActionResult<T>>, success?: (data: T) => string | void): Promise<T | null> {
    setNotice(null);
    const result = await action.run(name, call);
    if (result.error !== undefined) return null;
    const message = success?.(result.data);
    if (message) setNotice(message);
    router.refresh();
    return result.data;
  }

  return { run, pending: action.pending, error: action.error, notice };
}
