-- AlterTable
ALTER TABLE "Revision" ADD COLUMN     "searchTsv" tsvector;

-- CreateIndex
CREATE INDEX "Revision_searchTsv_idx" ON "Revision" USING GIN ("searchTsv");

-- Written by hand: the admin's search reads drafts and published versions alike, so every
-- revision carries its own words. They are every text value of its payload at any depth (titles,
-- descriptions, notes, passages, roles…) but not ids, slugs or fixed choices (VISIT, STATED),
-- under the same "atlas_search" configuration as the public search (unaccent + English
-- stemming); the label weighs most.
CREATE FUNCTION "atlas_payload_text"(payload jsonb) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(string_agg(v #>> '{}', ' '), '')
  FROM jsonb_path_query(coalesce(payload, 'null'::jsonb), 'strict $.** ? (@.type() == "string")') AS v
  WHERE (v #>> '{}') !~ '^[a-z]+_[a-z0-9]+(-[a-z0-9]+)*$'
    AND (v #>> '{}') !~ '^[a-z0-9]+(-[a-z0-9]+)+$'
    AND (v #>> '{}') !~ '^[A-Z][A-Z_]+$'
$$;

CREATE FUNCTION "atlas_revision_tsv"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchTsv" := setweight(to_tsvector('atlas_search', coalesce(NEW."label", '')), 'A')
    || setweight(to_tsvector('atlas_search', "atlas_payload_text"(NEW."payload")), 'B');
  RETURN NEW;
END
$$;

CREATE TRIGGER "Revision_search_tsv"
  BEFORE INSERT OR UPDATE OF "label", "payload" ON "Revision"
  FOR EACH ROW EXECUTE FUNCTION "atlas_revision_tsv"();

-- Existing revisions get their words now.
UPDATE "Revision" SET "label" = "label";
