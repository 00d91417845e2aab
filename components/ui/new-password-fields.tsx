import { TextField } from "./text-field";

/** A new password and its repeat, with the one length rule every place that sets a password shows. */
export function NewPasswordFields({ name, label, confirmLabel }: { name: string; label: string; confirmLabel: string }) {
  return (
    <>
      <TextField label={label} name={name} type="password" autoComplete="new-password" required minLength={10} hint="At least 10 characters." />
      <TextField label={confirmLabel} name="confirm" type="password" autoComplete="new-password" required />
    </>
  );
}
