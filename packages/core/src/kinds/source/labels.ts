import type { SourceKind } from "@atlas/db/enums";

export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  DOCUMENT: "Document",
  REFERENCE: "Reference",
  WEB: "Web page",
  BOOK: "Book",
  ARTICLE: "Article",
  OFFICIAL: "Official publication",
};
