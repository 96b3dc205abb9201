-- AlterTable
ALTER TABLE "Entry" ADD COLUMN     "createdById" TEXT;

-- AlterTable
ALTER TABLE "Revision" ADD COLUMN     "draftVersion" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "EditingPresence" (
    "entryId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "tabId" TEXT NOT NULL,
    "since" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "seenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EditingPresence_pkey" PRIMARY KEY ("entryId","userId","tabId")
);

-- CreateIndex
CREATE INDEX "EditingPresence_seenAt_idx" ON "EditingPresence"("seenAt");

-- AddForeignKey
ALTER TABLE "Entry" ADD CONSTRAINT "Entry_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EditingPresence" ADD CONSTRAINT "EditingPresence_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "Entry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EditingPresence" ADD CONSTRAINT "EditingPresence_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Entries made before this migration: their creator is the author of their first revision (none
-- for the seed's, whose revisions have no author).
UPDATE "Entry" e SET "createdById" = first."authorId"
FROM (
  SELECT DISTINCT ON ("entryId") "entryId", "authorId" FROM "Revision" ORDER BY "entryId", "createdAt", "id"
) first
WHERE first."entryId" = e."id" AND first."authorId" IS NOT NULL;
