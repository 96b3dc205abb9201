import type { ReactNode } from "react";

import { cn } from "./cn.ts";

const tones = {
  info: "border-sky-200 bg-sky-50 text-sky-900",
  success: "border-moss-600/30 bg-moss-50 text-moss-700",
  warning: "border-amber-700/30 bg-amber-50 text-amber-700",
  error: "border-ember-100 bg-ember-50 text-ember-700",
} as const;

/** A message box; errors are announced to screen readers as they appear. */
export function Alert({ tone = "info", title, children, className }: { tone?: keyof typeof tones; title?: string; children?: ReactNode; className?: string }) {
  return (
    <div role={tone === "error" ? "alert" : "status"} className={cn("rounded-md border px-4 py-3 text-sm", tones[tone], className)}>
      {title && <p className="font-semibold">{title}</p>}
      {children && <div className={title ? "mt-1" : undefined}>{children}</div>}
    </div>
  );
}
