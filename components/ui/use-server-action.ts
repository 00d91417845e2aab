"use client";

import { useMutation } from "@tanstack/react-query";
import { useCallback, useState } from "react";
import { actionErrorMessage, unwrapActionResult, type ActionResult } from "./action-result";

export interface RunOptions {
  /** Stay pending after a success: the caller is navigating away, so the control must not come back. */
  holdOnSuccess?: boolean;
}

interface Variables {
  key: unknown;
  call: () => Promise<ActionResult<unknown>>;
}

/**
 * The one client write path: runs a server action (or any call answering { data } | { error })
 * through a TanStack mutation. `pending` is the key of the running call (which button, which
 * job), `error` the words to show: the studio's refusal, or one "could not be reached" when the
 * call itself failed. `run` never throws; it resolves to the same { data } | { error } shape.
 */
export function useServerAction<K = string>() {
  const [error, setError] = useState<string | null>(null);
  const [held, setHeld] = useState<{ key: K } | null>(null);
  const mutation = useMutation({ mutationFn: async ({ call }: Variables) => unwrapActionResult(await call()) });
  const { mutateAsync } = mutation;

  const run = useCallback(
    async <T>(key: K, call: () => Promise<ActionResult<T>>, options: RunOptions = {}): Promise<ActionResult<T>> => {
      setError(null);
      try {
        // The mutation forgets T (its variables hold calls of any type); `call` produced this value.
        const data = (await mutateAsync({ key, call })) as T;
        if (options.holdOnSuccess) setHeld({ key });
        return { data };
      } catch (failure) {
        const message = actionErrorMessage(failure);
        setError(message);
        return { error: message };
      }
    },
    [mutateAsync],
  );

  const pending: K | null = mutation.isPending ? (mutation.variables.key as K) : held ? held.key : null;
  return { run, pending, busy: pending !== null, error, setError };
}
