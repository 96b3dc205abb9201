import type { ReactNode } from "react";

import { Container } from "@atlas/ui";

export function PageHeader({ eyebrow, title, children }: { eyebrow?: ReactNode; title: ReactNode; children?: ReactNode }) {
  return (
    <div className="border-b border-ink-200 bg-white">
      <Container wide className="py-8">
        {eyebrow && <p className="text-sm font-medium text-sky-800">{eyebrow}</p>}
        <h1 className="mt-1 font-serif text-3xl font-semibold tracking-tight text-ink-900 sm:text-4xl">{title}</h1>
        {children && <div className="mt-3 max-w-3xl text-ink-600">{children}</div>}
      </Container>
    </div>
  );
}
