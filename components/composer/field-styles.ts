// Shared looks for the composer's controls.
export const labelClass = "text-xs font-medium uppercase tracking-wide text-neutral-400";
export const inputClass =
  "w-full rounded-lg border border-white/10 bg-ink-850 px-3 py-2 text-sm text-neutral-100 placeholder:text-neutral-500 focus:border-accent focus:outline-none";
export const selectClass = `${inputClass} appearance-none bg-[length:16px] bg-[right_0.6rem_center] bg-no-repeat pr-8 [background-image:url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24' fill='none' stroke='%23a3a3a3' stroke-width='2'%3E%3Cpath d='M6 9l6 6 6-6'/%3E%3C/svg%3E")]`;
export const pillClass =
  "relative cursor-pointer select-none rounded-lg border border-white/10 bg-ink-850 px-3 py-1.5 text-sm text-neutral-300 transition-colors hover:border-white/25 hover:text-white has-[:checked]:border-accent has-[:checked]:bg-accent/15 has-[:checked]:text-white has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-accent";
