import type { ReactNode } from "react";

import { cn } from "./cn.ts";

/**
 * A bordered data table with a header row: columns are header cells (text, or a node), rows are
 * the children. The caption is for assistive technology.
 */
export function DataTable({
  caption,
  columns,
  children,
  dense,
  className,
  stackOnPhone,
}: {
  caption?: string;
  columns: ReactNode[];
  children: ReactNode;
  dense?: boolean;
  className?: string;
  /** On a phone each row becomes a block, its cells labelled by their `data-label` (styles.css): nothing is cut off. */
  stackOnPhone?: boolean;
}) {
  const pad = dense ? "px-3 py-2" : "px-4 py-2";
  return (
    // Focusable, so a keyboard can scroll a table wider than the screen (a phone, a long audit row).
    <div
      tabIndex={0}
      role={caption ? "region" : undefined}
      aria-label={caption}
      className={cn("overflow-x-auto rounded-lg border border-ink-200 bg-white focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-500", className)}
    >
      <table className={cn("w-full text-left text-sm", stackOnPhone && "stack-on-phone")}>
        {caption && <caption className="sr-only">{caption}</caption>}
        <thead className="border-b border-ink-200 bg-ink-50 text-ink-600">
          <tr>
            {columns.map((c, i) => (
              <th key={i} scope="col" className={cn(pad, "font-medium")}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

/** A labelled control in a filter bar (GET forms: they work without script). */
export function FilterField({ label, htmlFor, children, className }: { label: ReactNode; htmlFor: string; children: ReactNode; className?: string }) {
  return (
    <div className={className}>
      <label htmlFor={htmlFor} className="block text-sm font-medium text-ink-800">
        {label}
      </label>
      {children}
    </div>
  );
}
