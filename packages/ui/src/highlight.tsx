import { Fragment } from "react";

/** Markers the search query puts around matches: control characters no text contains. */
export const MARK_START = "\u0001";
export const MARK_END = "\u0002";

/** Renders text with marked matches as <mark>, everything else as escaped text. */
export function Highlight({ text }: { text: string }) {
  const parts = text.split(MARK_START);
  return (
    <>
      {parts.map((part, i) => {
        if (i === 0) return <Fragment key={i}>{part.replaceAll(MARK_END, "")}</Fragment>;
        const [marked = "", ...rest] = part.split(MARK_END);
        return (
          <Fragment key={i}>
            <mark className="rounded-sm bg-amber-50 px-0.5 text-ink-900 ring-1 ring-amber-700/20">{marked}</mark>
            {rest.join("")}
          </Fragment>
        );
      })}
    </>
  );
}
