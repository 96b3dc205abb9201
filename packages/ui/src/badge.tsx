import type { ReactNode } from "react";

import { cn } from "./cn.ts";

const tones = {
  neutral: "bg-ink-100 text-ink-700 ring-ink-200",
  blue: "bg-sky-50 text-sky-700 ring-sky-200",
  red: "bg-ember-50 text-ember-700 ring-ember-100",
  green: "bg-moss-50 text-moss-700 ring-moss-600/20",
  amber: "bg-amber-50 text-amber-700 ring-amber-700/20",
} as const;

export type BadgeTone = keyof typeof tones;

export function Badge({ tone = "neutral", children, className }: { tone?: BadgeTone; children: ReactNode; className?: string }) {
  return <span className={cn("inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset", tones[tone], className)}>{children}</span>;
}
