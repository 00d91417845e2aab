import type { OwnSessionDTO } from "@/lib/dto/account";
import { LocalTime } from "@/components/admin/local-time";
import { userAgentLabel } from "@/lib/format/user-agent-label";

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
            <p className="flex gap-2 text-neutral-200">
              <span className="truncate" title={s.userAgent ?? undefined}>
                {userAgentLabel(s.userAgent)}
              </span>
              {s.current && <span className="shrink-0 text-emerald-300">(this one)</span>}
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
