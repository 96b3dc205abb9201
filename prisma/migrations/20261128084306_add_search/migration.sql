-- CreateTable
CREATE TABLE "SearchDocument" (
    "entryId" TEXT NOT NULL,
    "kind" "EntryKind" NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "path" TEXT NOT NULL,
    "tsv" tsvector,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SearchDocument_pkey" PRIMARY KEY ("entryId")
);

-- CreateIndex
CREATE INDEX "SearchDocument_tsv_idx" ON "SearchDocument" USING GIN ("tsv");

-- CreateIndex
CREATE INDEX "SearchDocument_kind_idx" ON "SearchDocument"("kind");

-- AddForeignKey
ALTER TABLE "SearchDocument" ADD CONSTRAINT "SearchDocument_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "Entry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Written by hand: the database computes "tsv" from title and body on every write, so it is
-- never stale. (A generated column would read as drift to Prisma; a trigger does not.)
CREATE FUNCTION "atlas_search_document_tsv"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."tsv" := setweight(to_tsvector('english', NEW."title"), 'A') || setweight(to_tsvector('english', NEW."body"), 'B');
  RETURN NEW;
END
$$;

CREATE TRIGGER "SearchDocument_tsv"
  BEFORE INSERT OR UPDATE OF "title", "body" ON "SearchDocument"
  FOR EACH ROW EXECUTE FUNCTION "atlas_search_document_tsv"();
