-- AlterTable
ALTER TABLE "Citation" ADD COLUMN     "alternativeId" TEXT;

-- AlterTable
ALTER TABLE "Country" ADD COLUMN     "takesArticle" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Entry" ADD COLUMN     "preferredReason" TEXT;

-- AlterTable
ALTER TABLE "Site" ADD COLUMN     "language" TEXT;

-- CreateTable
CREATE TABLE "SearchTerm" (
    "term" TEXT NOT NULL,

    CONSTRAINT "SearchTerm_pkey" PRIMARY KEY ("term")
);

-- CreateTable
CREATE TABLE "StatementAlternative" (
    "id" TEXT NOT NULL,
    "entryId" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "note" TEXT,
    "position" INTEGER NOT NULL,

    CONSTRAINT "StatementAlternative_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SearchTerm_term_idx" ON "SearchTerm" USING GIN ("term" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "StatementAlternative_entryId_position_key" ON "StatementAlternative"("entryId", "position");

-- CreateIndex
CREATE INDEX "Citation_alternativeId_idx" ON "Citation"("alternativeId");

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_alternativeId_fkey" FOREIGN KEY ("alternativeId") REFERENCES "StatementAlternative"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementAlternative" ADD CONSTRAINT "StatementAlternative_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "Entry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ───────────── Written by hand (Prisma's diff does not see these) ─────────────

-- A published statement needs a source for its own value: citations of its alternative
-- readings do not count.
CREATE OR REPLACE FUNCTION "atlas_require_source"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  target text;
  entry_kind "EntryKind";
  entry_status "EntryStatus";
  entry_label text;
BEGIN
  IF TG_TABLE_NAME = 'Entry' THEN
    target := NEW."id";
  ELSE
    target := OLD."entryId";
  END IF;
  SELECT "kind", "status", "label" INTO entry_kind, entry_status, entry_label FROM "Entry" WHERE "id" = target;
  IF FOUND AND entry_status = 'PUBLISHED'
     AND EXISTS (SELECT 1 FROM "StatementKind" WHERE "kind" = entry_kind::text)
     AND NOT EXISTS (SELECT 1 FROM "Citation" WHERE "entryId" = target AND "alternativeId" IS NULL) THEN
    RAISE EXCEPTION 'Published % "%" (%) cites no source: every published statement needs at least one', lower(entry_kind::text), entry_label, target
      USING ERRCODE = 'check_violation', CONSTRAINT = 'Entry_published_statement_has_source';
  END IF;
  RETURN NULL;
END
$$;

ALTER TABLE "StatementAlternative" ADD CONSTRAINT "StatementAlternative_field_check" CHECK (length(btrim("field")) > 0);
ALTER TABLE "StatementAlternative" ADD CONSTRAINT "StatementAlternative_value_check" CHECK (length(btrim("value")) > 0);
ALTER TABLE "Site" ADD CONSTRAINT "Site_language_check" CHECK ("language" IS NULL OR "language" ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$');

-- Search ignores accents ("Ulaanbaatar" = "Ulaanbátar") with its own configuration: English
-- stemming after unaccent (both trusted extensions, shipped with PostgreSQL's contrib).
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE TEXT SEARCH CONFIGURATION atlas_search (COPY = english);
ALTER TEXT SEARCH CONFIGURATION atlas_search ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;

CREATE OR REPLACE FUNCTION "atlas_search_document_tsv"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."tsv" := setweight(to_tsvector('atlas_search', NEW."title"), 'A') || setweight(to_tsvector('atlas_search', NEW."body"), 'B');
  RETURN NEW;
END
$$;

-- Words of titles and texts, for "did you mean": added a statement at a time (one set-based
-- insert per batch of documents, however many rows it wrote). Words only, of 3 to 40 letters,
-- lower-case and without accents, as the queries they correct are compared.
CREATE FUNCTION "atlas_search_terms"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "SearchTerm" ("term")
  SELECT DISTINCT w FROM new_docs d,
    LATERAL regexp_split_to_table(lower(unaccent(d."title" || ' ' || d."body")), '[^[:alpha:]]+') AS w
  WHERE length(w) BETWEEN 3 AND 40
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$;

CREATE TRIGGER "SearchDocument_terms_insert" AFTER INSERT ON "SearchDocument"
  REFERENCING NEW TABLE AS new_docs FOR EACH STATEMENT EXECUTE FUNCTION "atlas_search_terms"();
CREATE TRIGGER "SearchDocument_terms_update" AFTER UPDATE ON "SearchDocument"
  REFERENCING NEW TABLE AS new_docs FOR EACH STATEMENT EXECUTE FUNCTION "atlas_search_terms"();

-- Existing documents: recomputed with the new configuration (which also fills the terms).
UPDATE "SearchDocument" SET "title" = "title";
