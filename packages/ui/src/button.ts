import { cn } from "./cn.ts";

const variants = {
  primary: "bg-sky-700 text-white hover:bg-sky-800 shadow-sm",
  secondary: "bg-white text-ink-800 ring-1 ring-inset ring-ink-300 hover:bg-ink-50",
  danger: "bg-ember-600 text-white hover:bg-ember-700 shadow-sm",
  ghost: "text-sky-700 hover:bg-sky-50",
} as const;

export type ButtonVariant = keyof typeof variants;

/** Classes for buttons and for links that look like buttons. */
export function buttonClass(variant: ButtonVariant = "primary", size: "sm" | "md" = "md", className?: string): string {
  return cn(
    "inline-flex items-center justify-center gap-2 rounded-md font-medium transition-colors disabled:cursor-not-allowed disabled:opacity-60",
    size === "sm" ? "px-2.5 py-1.5 text-sm" : "px-4 py-2 text-sm",
    variants[variant],
    className,
  );
}
