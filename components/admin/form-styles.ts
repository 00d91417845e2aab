// Looks shared by the admin forms (the same as the composer's controls).
export const fieldLabel = "mb-1.5 block text-sm font-medium text-neutral-300";
export const fieldInput =
  "w-full rounded-lg border border-white/10 bg-ink-850 px-3 py-2 text-sm text-neutral-100 placeholder:text-neutral-500 focus:border-accent focus:outline-none disabled:opacity-60";
export const fieldSelect = `${fieldInput} appearance-none bg-[length:16px] bg-[right_0.6rem_center] bg-no-repeat pr-8 [background-image:url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24' fill='none' stroke='%23a3a3a3' stroke-width='2'%3E%3Cpath d='M6 9l6 6 6-6'/%3E%3C/svg%3E")]`;
export const fieldHint = "mt-1 text-xs text-neutral-500";
export const panel = "rounded-2xl border border-white/5 bg-ink-900";
export const smallButton =
  "inline-flex items-center justify-center gap-1.5 rounded-lg border border-white/10 bg-ink-800 px-3 py-1.5 text-xs font-medium text-neutral-200 transition-colors hover:bg-ink-700 disabled:cursor-not-allowed disabled:opacity-50";
export const smallDanger =
  "inline-flex items-center justify-center gap-1.5 rounded-lg border border-red-500/30 bg-red-500/10 px-3 py-1.5 text-xs font-medium text-red-300 transition-colors hover:bg-red-500/20 disabled:cursor-not-allowed disabled:opacity-50";
