import type { ReactNode } from "react";

import { cn } from "./cn.ts";

export function Container({ children, className, wide }: { children: ReactNode; className?: string; wide?: boolean }) {
  return <div className={cn("mx-auto w-full px-4 sm:px-6", wide ? "max-w-7xl" : "max-w-5xl", className)}>{children}</div>;
}

export function SkipLink({ href = "#main" }: { href?: string }) {
  return (
    <a
      href={href}
      className="sr-only focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-sky-800 focus:shadow"
    >
      Skip to content
    </a>
  );
}

export function Card({ children, className, as: Tag = "div" }: { children: ReactNode; className?: string; as?: "div" | "section" | "article" | "li" }) {
  return <Tag className={cn("rounded-lg border border-ink-200 bg-white p-5 shadow-xs", className)}>{children}</Tag>;
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="rounded-lg border border-dashed border-ink-300 bg-white/60 px-6 py-10 text-center">
      <p className="font-medium text-ink-800">{title}</p>
      {children && <div className="mt-2 text-sm text-ink-600">{children}</div>}
    </div>
  );
}

/** Section heading with an optional count and actions on the right. */
export function SectionHeading({ id, children, count, actions, level = 2 }: { id?: string; children: ReactNode; count?: number; actions?: ReactNode; level?: 2 | 3 }) {
  const H = level === 2 ? "h2" : "h3";
  return (
    <div className="section-heading mb-3 flex flex-wrap items-baseline justify-between gap-2">
      <H id={id} className={cn("font-serif font-semibold text-ink-900", level === 2 ? "text-2xl" : "text-lg")}>
        {children}
        {count !== undefined && <span className="ml-2 align-middle font-sans text-sm font-normal text-ink-500">({count})</span>}
      </H>
      {actions}
    </div>
  );
}
