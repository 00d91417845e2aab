/** A failed read, in words, with a way to try again. */
export function QueryError({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <div role="alert" className="rounded-2xl border border-red-500/20 bg-red-950/20 px-6 py-10 text-center">
      <p className="text-sm text-red-200">{message}</p>
      <button type="button" onClick={onRetry} className="mt-4 rounded-lg border border-white/10 px-4 py-2 text-sm hover:bg-white/5">
        Try again
      </button>
    </div>
  );
}
