"use client";

import { useCallback, useSyncExternalStore } from "react";

// Remix is remembered per browser: every toggle (composer, job page) reads and writes the same
// localStorage entry, and all of them update together.
const KEY = "atelier:remix";
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => event.key === KEY && listener();
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", onStorage);
  };
}

function read(): boolean {
  try {
    return window.localStorage.getItem(KEY) === "on";
  } catch {
    return false;
  }
}

/** [remix on?, set it] — off on the server and until the browser's choice is read. */
export function useRemixPreference(): [boolean, (on: boolean) => void] {
  const on = useSyncExternalStore(subscribe, read, () => false);
  const set = useCallback((next: boolean) => {
    try {
      window.localStorage.setItem(KEY, next ? "on" : "off");
    } catch {
      // Private mode without storage: the choice lasts until the page reloads.
    }
    listeners.forEach((listener) => listener());
  }, []);
  return [on, set];
}
