-- CreateEnum
CREATE TYPE "ScheduleAction" AS ENUM ('PUBLISH', 'UNPUBLISH');

-- CreateEnum
CREATE TYPE "ScheduleStatus" AS ENUM ('PENDING', 'DONE', 'CANCELLED', 'FAILED');

-- CreateEnum
CREATE TYPE "NotificationKind" AS ENUM ('APPROVED', 'SCHEDULED', 'CHANGES_REQUESTED', 'REJECTED', 'WATCHED_CHANGED');

-- AlterEnum
ALTER TYPE "RevisionStatus" ADD VALUE 'SCHEDULED';

-- CreateTable
CREATE TABLE "ChangeSet" (
    "id" TEXT NOT NULL,
    "authorId" TEXT,
    "note" TEXT,
    "publishAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ChangeSet_pkey" PRIMARY KEY ("id")
);

-- Every revision so far becomes a change set of one (it keeps its own id as the set's).
ALTER TABLE "Revision" ADD COLUMN "changeSetId" TEXT;
INSERT INTO "ChangeSet" ("id", "authorId", "createdAt", "updatedAt") SELECT "id", "authorId", "createdAt", "updatedAt" FROM "Revision";
UPDATE "Revision" SET "changeSetId" = "id";
ALTER TABLE "Revision" ALTER COLUMN "changeSetId" SET NOT NULL;

-- CreateTable
CREATE TABLE "Schedule" (
    "id" TEXT NOT NULL,
    "action" "ScheduleAction" NOT NULL,
    "runAt" TIMESTAMP(3) NOT NULL,
    "status" "ScheduleStatus" NOT NULL DEFAULT 'PENDING',
    "changeSetId" TEXT,
    "entryId" TEXT,
    "createdById" TEXT NOT NULL,
    "lastError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "doneAt" TIMESTAMP(3),

    CONSTRAINT "Schedule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "message" TEXT NOT NULL,
    "comment" TEXT,
    "changeSetId" TEXT,
    "entryId" TEXT,
    "revisionId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMP(3),
    "emailedAt" TIMESTAMP(3),

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Watch" (
    "userId" TEXT NOT NULL,
    "entryId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Watch_pkey" PRIMARY KEY ("userId","entryId")
);

-- CreateIndex
CREATE INDEX "ChangeSet_authorId_updatedAt_idx" ON "ChangeSet"("authorId", "updatedAt");

-- CreateIndex
CREATE INDEX "Schedule_status_runAt_idx" ON "Schedule"("status", "runAt");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_createdAt_idx" ON "Notification"("userId", "readAt", "createdAt");

-- CreateIndex
CREATE INDEX "Watch_entryId_idx" ON "Watch"("entryId");

-- CreateIndex
CREATE INDEX "Revision_changeSetId_idx" ON "Revision"("changeSetId");

-- AddForeignKey
ALTER TABLE "ChangeSet" ADD CONSTRAINT "ChangeSet_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Schedule" ADD CONSTRAINT "Schedule_changeSetId_fkey" FOREIGN KEY ("changeSetId") REFERENCES "ChangeSet"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Schedule" ADD CONSTRAINT "Schedule_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "Entry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Schedule" ADD CONSTRAINT "Schedule_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Watch" ADD CONSTRAINT "Watch_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Watch" ADD CONSTRAINT "Watch_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "Entry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Revision" ADD CONSTRAINT "Revision_changeSetId_fkey" FOREIGN KEY ("changeSetId") REFERENCES "ChangeSet"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A publication names its change set; a takedown names its entry.
ALTER TABLE "Schedule" ADD CONSTRAINT "Schedule_names_its_target" CHECK (
  ("action" = 'PUBLISH' AND "changeSetId" IS NOT NULL AND "entryId" IS NULL) OR ("action" = 'UNPUBLISH' AND "entryId" IS NOT NULL AND "changeSetId" IS NULL)
);
