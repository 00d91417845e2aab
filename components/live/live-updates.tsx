"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { createContext, useContext, useEffect, useMemo, useState } from "react";
import { createJobSync, type JobSync } from "@/lib/query/job-sync";

export type LiveStatus = "connecting" | "live" | "offline";

const LiveContext = createContext<{ status: LiveStatus; sync: JobSync | null }>({ status: "connecting", sync: null });

const RECONNECT_MS = 5_000;

/**
 * One EventSource for the whole studio. Each `job` event brings that job's cached views up to
 * date; the browser resumes with Last-Event-ID after a dropped connection. When the stream
 * closes for good (server restart without resume), it reopens and refetches job views once.
 */
export function LiveUpdatesProvider({ children }: { children: React.ReactNode }) {
  const client = useQueryClient();
  const sync = useMemo(() => createJobSync(client), [client]);
  const [status, setStatus] = useState<LiveStatus>("connecting");
  const router = useRouter();

  useEffect(() => {
    let source: EventSource | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let opened = false;
    let stopped = false;

    const open = () => {
      source = new EventSource("/api/events");
      source.addEventListener("ready", () => {
        setStatus("live");
        if (opened) sync.resyncAll();
        opened = true;
      });
      source.addEventListener("job", (event) => {
        setStatus("live");
        opened = true;
        const { jobId } = JSON.parse((event as MessageEvent<string>).data) as { jobId?: string };
        if (jobId) sync.jobChanged(jobId);
      });
      source.addEventListener("signed-out", () => {
        stopped = true;
        source?.close();
        client.clear();
        router.replace("/signin");
      });
      source.onerror = () => {
        if (stopped) return;
        if (source?.readyState === EventSource.CLOSED) {
          setStatus("offline");
          timer = setTimeout(open, RECONNECT_MS);
        } else {
          setStatus("connecting");
        }
      };
    };
    open();
    return () => {
      stopped = true;
      clearTimeout(timer);
      source?.close();
    };
  }, [sync, client, router]);

  const value = useMemo(() => ({ status, sync }), [status, sync]);
  return <LiveContext.Provider value={value}>{children}</LiveContext.Provider>;
}

/** The live stream's state, for a small "Live" indicator. */
export function useLiveStatus(): LiveStatus {
  return useContext(LiveContext).status;
}

/** Announces a job this tab just created or changed, so every view shows it without waiting. */
export function useJobSync(): (jobId: string) => void {
  const { sync } = useContext(LiveContext);
  return useMemo(() => (jobId: string) => sync?.jobChanged(jobId), [sync]);
}
