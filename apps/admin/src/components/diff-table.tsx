import { diffWordsWithSpace } from "diff";

import type { FieldDiff } from "@atlas/core";

const isUrl = (l: string) => /^https?:\/\/\S+$/.test(l);

function Lines({ lines }: { lines: string[] }) {
  if (!lines.length) return <span className="text-ink-500">—</span>;
  return (
    <ul className="space-y-1">
      {lines.map((l, i) => (
        <li key={i} className="whitespace-pre-wrap break-words px-1">
          {isUrl(l) ? (
            // A reviewer checks a source by opening it.
            <a href={l} target="_blank" rel="noreferrer noopener" className="text-sky-700 underline">
              {l}
            </a>
          ) : (
            l
          )}
        </li>
      ))}
    </ul>
  );
}

// Word-level marks inside a changed field, so a reviewer sees the one word that moved in a long
// summary instead of re-reading both versions.
function Marked({ before, after, side }: { before: string[]; after: string[]; side: "old" | "new" }) {
  if (!(side === "old" ? before : after).length) return <span className="text-ink-500">—</span>;
  const parts = diffWordsWithSpace(before.join("\n"), after.join("\n"));
  return (
    <p className="whitespace-pre-wrap break-words px-1">
      {parts.map((p, i) => {
        if (side === "old" && p.removed)
          return (
            <del key={i} className="rounded-sm bg-ember-100 text-ember-700 decoration-ember-600/60">
              {p.value}
            </del>
          );
        if (side === "new" && p.added)
          return (
            <ins key={i} className="rounded-sm bg-moss-100 text-moss-700 no-underline">
              {p.value}
            </ins>
          );
        return (side === "old" ? !p.added : !p.removed) ? <span key={i}>{p.value}</span> : null;
      })}
    </p>
  );
}

const links = (d: FieldDiff) => [...d.before, ...d.after].some(isUrl);

/** Side-by-side, field-level diff; unchanged fields fold away. */
export function DiffTable({ diff, beforeTitle = "Published", afterTitle = "Proposed" }: { diff: FieldDiff[]; beforeTitle?: string; afterTitle?: string }) {
  const changed = diff.filter((d) => d.changed);
  const same = diff.filter((d) => !d.changed && (d.before.length || d.after.length));
  const rows = (list: FieldDiff[], highlight: boolean) =>
    list.map((d) => (
      <tr key={d.field} className="border-b border-ink-100 align-top last:border-0">
        <th scope="row" className="w-44 px-3 py-2 text-left font-medium text-ink-700">
          {d.label}
          {/* A long list shows only what changed in it; the rest is counted. */}
          {highlight && d.unchanged && <span className="block text-xs font-normal text-ink-600">{d.unchanged}</span>}
        </th>
        <td className="px-3 py-2">{highlight && !links(d) ? <Marked before={d.before} after={d.after} side="old" /> : <Lines lines={d.before} />}</td>
        <td className="px-3 py-2">{highlight && !links(d) ? <Marked before={d.before} after={d.after} side="new" /> : <Lines lines={d.after} />}</td>
      </tr>
    ));
  return (
    <div className="space-y-3">
      <div className="overflow-x-auto rounded-lg border border-ink-200 bg-white">
        <table className="w-full text-sm">
          <caption className="sr-only">Changed fields</caption>
          <thead className="border-b border-ink-200 bg-ink-50 text-left text-ink-600">
            <tr>
              <th scope="col" className="px-3 py-2 font-medium">
                Field
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                {beforeTitle}
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                {afterTitle}
              </th>
            </tr>
          </thead>
          <tbody>
            {changed.length ? (
              rows(changed, true)
            ) : (
              <tr>
                <td colSpan={3} className="px-3 py-3 text-ink-600">
                  No field differs.
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      {same.length > 0 && (
        <details className="rounded-lg border border-ink-200 bg-white">
          <summary className="cursor-pointer px-3 py-2 text-sm text-sky-800">{same.length} unchanged fields</summary>
          <table className="w-full text-sm">
            <tbody>{rows(same, false)}</tbody>
          </table>
        </details>
      )}
    </div>
  );
}
