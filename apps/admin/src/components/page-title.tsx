import type { ReactNode } from "react";

export function PageTitle({ title, eyebrow, children, actions }: { title: ReactNode; eyebrow?: ReactNode; children?: ReactNode; actions?: ReactNode }) {
  return (
    <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
      <div className="min-w-0">
        {eyebrow && <p className="text-sm font-medium text-sky-800">{eyebrow}</p>}
        <h1 className="font-serif text-3xl font-semibold text-ink-900">{title}</h1>
        {children && <div className="mt-1 text-ink-600">{children}</div>}
      </div>
      {actions && <div className="flex flex-wrap gap-2">{actions}</div>}
    </div>
  );
}
