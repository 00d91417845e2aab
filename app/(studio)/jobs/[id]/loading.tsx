export default function JobLoading() {
  return (
    <div aria-busy="true" aria-label="Loading the job" className="grid gap-6 px-4 py-6 md:px-8 lg:grid-cols-[minmax(0,1fr)_24rem] lg:gap-10">
      <div className="mx-auto aspect-square w-full max-w-[min(100%,78dvh)] animate-pulse rounded-2xl bg-ink-850" />
      <div className="space-y-4">
        <div className="h-3 w-20 animate-pulse rounded bg-ink-800" />
        <div className="h-6 w-4/5 animate-pulse rounded bg-ink-800" />
        <div className="flex gap-2">
          {Array.from({ length: 4 }, (_, i) => (
            <div key={i} className="h-9 w-24 animate-pulse rounded-lg bg-ink-800" />
          ))}
        </div>
        <div className="h-40 animate-pulse rounded-xl bg-ink-850" />
      </div>
    </div>
  );
}
