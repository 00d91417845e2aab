"use client";

import { useEffect } from "react";

export default function StudioError({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div role="alert" className="mx-auto grid max-w-md place-items-center px-4 py-24 text-center">
      <h1 className="text-xl font-semibold">Something went wrong</h1>
      <p className="mt-2 text-sm text-neutral-400">This page could not be shown. It may be a passing problem: try again.</p>
      <button type="button" onClick={() => retry()} className="mt-6 rounded-lg bg-accent-strong px-4 py-2 text-sm font-medium text-white hover:bg-accent">
        Try again
      </button>
    </div>
  );
}
