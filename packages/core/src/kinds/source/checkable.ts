import type { SourceKind } from "@atlas/db/enums";

/** What a reader needs to find and check a source, and which of it is missing. */
export type SourceGap = "who" | "when" | "where" | "accessed";

export const SOURCE_GAP_LABELS: Record<SourceGap, string> = {
  who: "author or publisher",
  when: "date of publication",
  where: "web address",
  accessed: "date the address was consulted",
};

type Details = { kind: SourceKind; author: string | null; publisher: string | null; url: string | null; published: unknown; accessedOn: unknown };

/**
 * The details a source lacks for a reader to find it: who wrote or published it and when; for a
 * web page, its address; for any address, when it was consulted (pages change). Empty: checkable.
 */
export function sourceGaps(s: Details): SourceGap[] {
  const gaps: SourceGap[] = [];
  if (!s.author && !s.publisher) gaps.push("who");
  if (!s.published) gaps.push("when");
  if (s.kind === "WEB" && !s.url) gaps.push("where");
  if (s.url && !s.accessedOn) gaps.push("accessed");
  return gaps;
}
