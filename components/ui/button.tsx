import type { ButtonHTMLAttributes } from "react";
import { buttonClasses, type ButtonVariant } from "./styles";

export function Button({ variant = "primary", className = "", ...props }: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant }) {
  return <button {...props} className={buttonClasses(variant, className)} />;
}
