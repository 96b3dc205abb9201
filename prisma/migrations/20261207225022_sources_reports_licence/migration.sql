-- CreateEnum
CREATE TYPE "SourceReliability" AS ENUM ('PRIMARY', 'RELIABLE', 'USE_WITH_CARE', 'UNVERIFIABLE');

-- CreateEnum
CREATE TYPE "ReportStatus" AS ENUM ('OPEN', 'IN_CHANGE_SET', 'CLOSED');

-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'READER_REPORT';

-- AlterTable
ALTER TABLE "Citation" ADD COLUMN     "field" TEXT;

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "reportId" TEXT;

-- AlterTable
ALTER TABLE "Site" ADD COLUMN     "attribution" TEXT,
ADD COLUMN     "contactEmail" TEXT,
ADD COLUMN     "licenseName" TEXT,
ADD COLUMN     "licenseUrl" TEXT,
ADD COLUMN     "staleAfterYears" INTEGER NOT NULL DEFAULT 5;

-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "archiveUrl" TEXT,
ADD COLUMN     "language" TEXT,
ADD COLUMN     "publishedPrecision" "DatePrecision",
ADD COLUMN     "reliability" "SourceReliability";

-- CreateTable
CREATE TABLE "Report" (
    "id" TEXT NOT NULL,
    "entryId" TEXT,
    "pagePath" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "email" TEXT,
    "name" TEXT,
    "status" "ReportStatus" NOT NULL DEFAULT 'OPEN',
    "reply" TEXT,
    "replyEmailedAt" TIMESTAMP(3),
    "changeSetId" TEXT,
    "handledById" TEXT,
    "handledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Report_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportThrottle" (
    "key" TEXT NOT NULL,
    "lastAt" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL,
    "dayStartedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReportThrottle_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "Report_status_createdAt_idx" ON "Report"("status", "createdAt");

-- CreateIndex
CREATE INDEX "Report_entryId_idx" ON "Report"("entryId");

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "Entry"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_changeSetId_fkey" FOREIGN KEY ("changeSetId") REFERENCES "ChangeSet"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_handledById_fkey" FOREIGN KEY ("handledById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written (Prisma's diff ignores these).
-- Publication dates were days until now: they keep that precision.
UPDATE "Source" SET "publishedPrecision" = 'DAY' WHERE "publishedOn" IS NOT NULL;
ALTER TABLE "Source" ADD CONSTRAINT "Source_published_has_precision" CHECK (("publishedOn" IS NULL) = ("publishedPrecision" IS NULL));
ALTER TABLE "Source" ADD CONSTRAINT "Source_published_fits_precision" CHECK ("publishedOn" IS NULL OR "atlas_date_fits_precision"("publishedOn", "publishedPrecision"));
ALTER TABLE "Source" ADD CONSTRAINT "Source_language_check" CHECK ("language" IS NULL OR "language" ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$');
ALTER TABLE "Site" ADD CONSTRAINT "Site_stale_after_years_check" CHECK ("staleAfterYears" BETWEEN 1 AND 100);
ALTER TABLE "Report" ADD CONSTRAINT "Report_message_length" CHECK (char_length("message") BETWEEN 1 AND 5000);
ALTER TABLE "Report" ADD CONSTRAINT "Report_closed_has_reply" CHECK ("status" <> 'CLOSED' OR "reply" IS NOT NULL);
ALTER TABLE "Report" ADD CONSTRAINT "Report_in_change_set_has_one" CHECK ("status" <> 'IN_CHANGE_SET' OR "changeSetId" IS NOT NULL);
ALTER TABLE "ReportThrottle" ADD CONSTRAINT "ReportThrottle_count_positive" CHECK ("count" >= 1);
