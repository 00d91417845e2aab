import { alertBox } from "./styles";

/** A form's refusal, read out when it appears; nothing at all while there is none. */
export function FormAlert({ error }: { error: string | null }) {
  if (!error) return null;
  return (
    <p role="alert" className={alertBox}>
      {error}
    </p>
  );
}
