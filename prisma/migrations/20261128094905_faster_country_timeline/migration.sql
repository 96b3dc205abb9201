-- DropIndex
DROP INDEX "EventCountry_countryId_idx";

-- AlterTable (hand-edited: existing links take their event's date before the column is required)
ALTER TABLE "EventCountry" ADD COLUMN     "startDate" DATE;
UPDATE "EventCountry" ec SET "startDate" = e."startDate" FROM "Event" e WHERE e."id" = ec."eventId";
ALTER TABLE "EventCountry" ALTER COLUMN "startDate" SET NOT NULL;

-- CreateIndex
CREATE INDEX "EventCountry_countryId_startDate_eventId_idx" ON "EventCountry"("countryId", "startDate" DESC, "eventId");

-- Written by hand: search documents, and the links that put an event on a country's timeline,
-- exist for published entries only. Publishing writes them; whatever takes an entry off the site
-- (through the app or not) removes them. Search and timelines then read them without checking
-- any entry's status: index-only, however large the atlas grows.
DELETE FROM "EventCountry" ec USING "Entry" e WHERE e."id" = ec."eventId" AND e."status" <> 'PUBLISHED';

CREATE FUNCTION "atlas_unindex_unpublished"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."status" <> 'PUBLISHED' THEN
    DELETE FROM "SearchDocument" WHERE "entryId" = NEW."id";
    DELETE FROM "EventCountry" WHERE "eventId" = NEW."id";
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "Entry_unpublished_leaves_search"
  AFTER UPDATE OF "status" ON "Entry"
  FOR EACH ROW WHEN (OLD."status" IS DISTINCT FROM NEW."status")
  EXECUTE FUNCTION "atlas_unindex_unpublished"();

-- The same rule for documents written for an entry that is not published (a preview's).
CREATE FUNCTION "atlas_search_only_published"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM "Entry" WHERE "id" = NEW."entryId" AND "status" = 'PUBLISHED') THEN
    RAISE EXCEPTION 'Only published entries are searchable (entry %)', NEW."entryId" USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER "SearchDocument_only_published"
  BEFORE INSERT OR UPDATE ON "SearchDocument"
  FOR EACH ROW EXECUTE FUNCTION "atlas_search_only_published"();
