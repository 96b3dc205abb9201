import type { SourceKind } from "@atlas/db/enums";

// Shown in the form, in review diffs (which read the form's labels) and on source pages, instead of the raw value "WEB".
export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  DOCUMENT: "Document",
  REFERENCE: "Reference work",
  WEB: "Web page",
  BOOK: "Book",
  ARTICLE: "Article",
  OFFICIAL: "Official publication",
};
