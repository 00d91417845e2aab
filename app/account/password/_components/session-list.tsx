import type { OwnSessionDTO } from "@/lib/dto/account";
import { LocalTime } from "@/components/admin/local-time";

/** Where the person is signed in, so a session they do not recognise stands out. */
export function SessionList({ sessions }: { sessions: OwnSessionDTO[] }) {
  if (sessions.length === 0) return null;
  return (
    <section aria-labelledby="sessions-heading" className="mt-6 rounded-2xl border border-white/10 bg-ink-900 p-4">
      <h2 id="sessions-heading" className="text-sm font-semibold">
        Where you are signed in
      </h2>
      <ul className="mt-2 divide-y divide-white/5 text-xs text-neutral-400">
        {sessions.map((s, index) => (
          <li key={index} className="py-2">
            <p className="truncate text-neutral-200" title={s.userAgent ?? undefined}>
              {s.userAgent ?? "Unknown browser"} {s.current && <span className="text-emerald-300">(this one)</span>}
            </p>
            <p>
              {s.ip ?? "unknown address"} · signed in <LocalTime iso={s.createdAt} /> · last seen <LocalTime iso={s.lastSeenAt} />
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
