"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { ActionResult } from "@/lib/actions/authed-action";

/**
 * Runs an admin server action: one at a time per control, its error or success said in words,
 * and the server-rendered page refreshed afterwards so every list shows the new state.
 */
export function useAdminAction() {
  const router = useRouter();
  const [pending, setPending] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  async function run<T>(name: string, call: () => Promise<ActionResult<T>>, success?: (data: T) => string | void): Promise<T | null> {
    setPending(name);
    setError(null);
    setNotice(null);
    const result = await call().catch(() => ({ error: "The studio could not be reached. Try again." }) as ActionResult<T>);
    setPending(null);
    if (result.error !== undefined) {
      setError(result.error);
      return null;
    }
    const message = success?.(result.data as T);
    if (message) setNotice(message);
    router.refresh();
    return result.data as T;
  }

  return { run, pending, error, notice, clear: () => (setError(null), setNotice(null)) };
}
