-- CreateEnum
CREATE TYPE "RelationshipStage" AS ENUM ('ESTABLISHED', 'SUSPENDED', 'RESTORED', 'STRATEGIC_PARTNERSHIP', 'COMPREHENSIVE_STRATEGIC_PARTNERSHIP');

-- AlterEnum
ALTER TYPE "EntryKind" ADD VALUE 'STATUS_CHANGE';

-- CreateTable
CREATE TABLE "StatusChange" (
    "id" TEXT NOT NULL,
    "counterpartId" TEXT NOT NULL,
    "stage" "RelationshipStage" NOT NULL,
    "date" DATE NOT NULL,
    "datePrecision" "DatePrecision" NOT NULL,
    "note" TEXT,

    CONSTRAINT "StatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "StatusChange_counterpartId_date_idx" ON "StatusChange"("counterpartId", "date");

-- CreateIndex
CREATE INDEX "Revision_status_reviewedAt_idx" ON "Revision"("status", "reviewedAt");

-- AddForeignKey
ALTER TABLE "StatusChange" ADD CONSTRAINT "StatusChange_id_fkey" FOREIGN KEY ("id") REFERENCES "Entry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatusChange" ADD CONSTRAINT "StatusChange_counterpartId_fkey" FOREIGN KEY ("counterpartId") REFERENCES "Country"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Written by hand: a step's date is the first day of its period, as precise as its source.
ALTER TABLE "StatusChange" ADD CONSTRAINT "StatusChange_date_fits_precision" CHECK ("atlas_date_fits_precision"("date", "datePrecision"));
