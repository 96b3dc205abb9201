import type { ReactNode } from "react";

import { cn } from "./cn.ts";

export const inputClass = (invalid?: boolean) =>
  cn(
    "block w-full rounded-md border bg-white px-3 py-2 text-sm text-ink-900 shadow-xs placeholder:text-ink-500",
    "focus:outline-none focus:ring-2 focus:ring-sky-500 focus:border-sky-500",
    invalid ? "border-ember-500" : "border-ink-300",
  );

export type ControlProps = { id: string; "aria-describedby": string | undefined; "aria-invalid": true | undefined };

/**
 * A labelled form field with its hint and errors wired for assistive technology: spread the
 * props given to the render function onto the control (id, aria-describedby, aria-invalid).
 */
export function Field({
  id,
  label,
  hint,
  errors,
  required,
  children,
  className,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  errors?: string[];
  required?: boolean;
  children: (props: ControlProps) => ReactNode;
  className?: string;
}) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={cn("space-y-1", className)}>
      <label htmlFor={id} className="block text-sm font-medium text-ink-800">
        {label}
        {required && (
          <span className="text-ember-600" aria-hidden="true">
            {" "}
            *
          </span>
        )}
      </label>
      {children({ id, "aria-describedby": describedBy, "aria-invalid": errorId ? true : undefined })}
      {hint && (
        <p id={hintId} className="text-xs text-ink-500">
          {hint}
        </p>
      )}
      {errorId && (
        <p id={errorId} className="text-xs font-medium text-ember-700">
          {errors!.join(" ")}
        </p>
      )}
    </div>
  );
}
