import type { ReactNode } from "react";
import { Logo } from "@/components/ui/logo";

/**
 * The frame of the pages a visitor sees outside the studio (sign in, invite, change password):
 * the logo over one card. `below` sits under the card; `wide` is for the page that lists sessions.
 */
export function AuthFrame({ wide = false, roomy = true, below, children }: { wide?: boolean; roomy?: boolean; below?: ReactNode; children: ReactNode }) {
  return (
    <main className={roomy ? "grid min-h-dvh place-items-center px-4 py-10" : "grid min-h-dvh place-items-center px-4"}>
      <div className={wide ? "w-full max-w-md" : "w-full max-w-sm"}>
        <div className="mb-8 flex justify-center">
          <Logo className="text-2xl" />
        </div>
        <div className="rounded-2xl border border-white/10 bg-ink-900 p-6 shadow-2xl shadow-black/40">{children}</div>
        {below}
      </div>
    </main>
  );
}
