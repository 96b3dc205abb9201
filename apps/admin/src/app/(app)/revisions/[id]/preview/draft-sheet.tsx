import type { FieldDiff, Gap } from "@atlas/core";

/** A draft that cannot be a page yet: what it has, field by field, each gap marked where it belongs. */
export function DraftSheet({ fields, gaps }: { fields: FieldDiff[]; gaps: Gap[] }) {
  const gapsOf = (field: string) => gaps.filter((g) => g.field === field || g.field.startsWith(`${field}.`));
  return (
    <dl className="mx-auto max-w-3xl divide-y divide-ink-100 rounded-lg border border-ink-200 bg-white">
      {fields.map((f) => {
        const missing = gapsOf(f.field);
        if (!f.after.length && !missing.length) return null;
        return (
          <div key={f.field} className={`grid gap-1 px-4 py-3 sm:grid-cols-[12rem_1fr] ${missing.length ? "bg-amber-50" : ""}`}>
            <dt className="text-sm font-medium text-ink-700">{f.label}</dt>
            <dd className="text-sm text-ink-900">
              {f.after.map((line, i) => (
                <p key={i} className="whitespace-pre-wrap break-words">
                  {line}
                </p>
              ))}
              {missing.map((g, i) => (
                <p key={`gap-${i}`} className="font-medium text-amber-700">
                  {g.label}: {g.message}
                </p>
              ))}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
