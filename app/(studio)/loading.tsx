export default function StudioLoading() {
  return (
    <div aria-busy="true" aria-label="Loading" className="mx-auto max-w-6xl px-4 py-8 md:px-8">
      <div className="h-7 w-40 animate-pulse rounded bg-ink-800" />
      <div className="mt-6 h-16 animate-pulse rounded-2xl bg-ink-900" />
      <div className="mt-10 grid gap-5 sm:grid-cols-2 xl:grid-cols-3">
        {Array.from({ length: 6 }, (_, i) => (
          <div key={i} className="aspect-square animate-pulse rounded-2xl bg-ink-900" />
        ))}
      </div>
    </div>
  );
}
