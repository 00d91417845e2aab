// The studio's form and button looks, declared once: components use these strings (or the
// Button and TextField primitives built on them) instead of repeating long class lists.

/** Joins class names, skipping empty and false ones: conditional classes without long template strings. */
export function cn(...parts: (string | false | null | undefined)[]): string {
  return parts.filter(Boolean).join(" ");
}

// ——— Fields ———

/** A text input or textarea; `fieldInput` adds the dimmed disabled state the admin forms use. */
export const inputBase = cn(
  "w-full rounded-lg border border-white/10 bg-ink-850 px-3 py-2 text-sm text-neutral-100",
  "placeholder:text-neutral-500 focus:border-accent focus:outline-none",
);
export const fieldInput = cn(inputBase, "disabled:opacity-60");

const selectChevron = cn(
  "appearance-none bg-[length:16px] bg-[right_0.6rem_center] bg-no-repeat pr-8",
  `[background-image:url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24' fill='none'` +
    ` stroke='%23a3a3a3' stroke-width='2'%3E%3Cpath d='M6 9l6 6 6-6'/%3E%3C/svg%3E")]`,
);
/** A native select with the studio's chevron. */
export const selectBase = cn(inputBase, selectChevron);
export const fieldSelect = cn(fieldInput, selectChevron);

/** The label above a field (admin forms, TextField). */
export const fieldLabel = "mb-1.5 block text-sm font-medium text-neutral-300";
/** The small-caps label of a group of controls (composer, blend, gallery filters). */
export const capsLabel = "text-xs font-medium uppercase tracking-wide text-neutral-400";
export const fieldHint = "mt-1 text-xs text-neutral-500";

/** A radio or checkbox drawn as a chip: the input sits invisible on top, the label lights up when checked. */
export const pill = cn(
  "relative cursor-pointer select-none rounded-lg border border-white/10 bg-ink-850 px-3 py-1.5 text-sm text-neutral-300 transition-colors",
  "hover:border-white/25 hover:text-white has-[:checked]:border-accent has-[:checked]:bg-accent/15 has-[:checked]:text-white",
  "has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-accent",
);

export const panel = "rounded-2xl border border-white/5 bg-ink-900";

// ——— Buttons ———

export type ButtonVariant = "primary" | "secondary" | "ghost" | "danger";

const buttonVariants: Record<ButtonVariant, string> = {
  primary: "bg-accent-strong text-white hover:bg-accent disabled:bg-accent-strong/50",
  secondary: "border border-white/10 bg-ink-800 text-neutral-100 hover:bg-ink-700 disabled:opacity-50",
  ghost: "text-neutral-300 hover:bg-white/5 hover:text-white disabled:opacity-50",
  danger: "bg-red-600 text-white hover:bg-red-500 disabled:opacity-50",
};

/** The Button look, for links and plain buttons that cannot use <Button>. */
export function buttonClasses(variant: ButtonVariant = "primary", extra = "") {
  return cn(
    "inline-flex items-center justify-center gap-2 rounded-lg px-4 py-2 text-sm font-medium transition-colors disabled:cursor-not-allowed",
    buttonVariants[variant],
    extra,
  );
}

const smallButtonBase = "inline-flex items-center justify-center gap-1.5 rounded-lg border px-3 py-1.5 text-xs font-medium transition-colors";
const smallButtonDisabled = "disabled:cursor-not-allowed disabled:opacity-50";
/** The compact button of admin rows and cards. */
export const smallButton = cn(smallButtonBase, "border-white/10 bg-ink-800 text-neutral-200 hover:bg-ink-700", smallButtonDisabled);
export const smallDanger = cn(smallButtonBase, "border-red-500/30 bg-red-500/10 text-red-300 hover:bg-red-500/20", smallButtonDisabled);
/** The wide call-to-action of the blend and describe forms. */
export const largePrimaryButton = cn(
  "rounded-xl bg-accent-strong px-5 py-2.5 text-sm font-semibold text-white hover:bg-accent",
  "disabled:cursor-not-allowed disabled:opacity-50",
);

// ——— Choices and messages ———

/** The real radio inside a `pill`: invisible, covering the chip, so the whole chip is the target. */
export const pillInput = "absolute inset-0 cursor-pointer appearance-none opacity-0";
/** A checkbox with its label, drawn as a bordered row. */
export const checkRow = "flex cursor-pointer items-center gap-3 rounded-lg border border-white/10 bg-ink-850 px-3 py-2 text-sm text-neutral-200";
/** A form's error, boxed (sign-in, invite, password). */
export const alertBox = "rounded-lg border border-red-500/30 bg-red-500/10 px-3 py-2 text-sm text-red-300";
