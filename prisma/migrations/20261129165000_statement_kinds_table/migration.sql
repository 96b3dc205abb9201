-- CreateTable
CREATE TABLE "StatementKind" (
    "kind" TEXT NOT NULL,

    CONSTRAINT "StatementKind_pkey" PRIMARY KEY ("kind")
);

-- The statement kinds so far; from now on the application keeps this list equal to its registry
-- of kinds, so a new kind needs no change to the trigger.
INSERT INTO "StatementKind" ("kind") VALUES ('RELATIONSHIP'), ('EVENT'), ('MISSION'), ('MEMBERSHIP'), ('FACT'), ('BODY');

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
     AND NOT EXISTS (SELECT 1 FROM "Citation" WHERE "entryId" = target) THEN
    RAISE EXCEPTION 'Published % "%" (%) cites no source: every published statement needs at least one', lower(entry_kind::text), entry_label, target
      USING ERRCODE = 'check_violation', CONSTRAINT = 'Entry_published_statement_has_source';
  END IF;
  RETURN NULL;
END
$$;
