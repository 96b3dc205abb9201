"use client";

import { useContext, type ReactNode } from "react";
import { useFormStatus } from "react-dom";

import { buttonClass, type ButtonVariant } from "@atlas/ui";

import { FormPending } from "./form-pending";

/** A submit button that shows its form is being sent (and cannot be pressed twice). */
export function SubmitButton({
  children,
  pendingText,
  variant = "primary",
  size = "md",
  disabled,
  name,
  value,
}: {
  children: ReactNode;
  pendingText?: string;
  variant?: ButtonVariant;
  size?: "sm" | "md";
  disabled?: boolean;
  name?: string;
  value?: string;
}) {
  const status = useFormStatus();
  const sending = useContext(FormPending);
  const pending = status.pending || sending;
  return (
    <button type="submit" name={name} value={value} className={buttonClass(variant, size)} disabled={pending || disabled}>
      {pending && pendingText ? pendingText : children}
    </button>
  );
}
