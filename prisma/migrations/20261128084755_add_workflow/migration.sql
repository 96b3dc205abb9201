-- CreateEnum
CREATE TYPE "RevalidationStatus" AS ENUM ('PENDING', 'DONE', 'FAILED');

-- CreateTable
CREATE TABLE "RevalidationJob" (
    "id" TEXT NOT NULL,
    "tags" TEXT[],
    "reason" TEXT NOT NULL,
    "revisionId" TEXT,
    "status" "RevalidationStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "doneAt" TIMESTAMP(3),

    CONSTRAINT "RevalidationJob_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SignInThrottle" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "windowStartedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedUntil" TIMESTAMP(3),

    CONSTRAINT "SignInThrottle_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "RevalidationJob_status_nextAttemptAt_idx" ON "RevalidationJob"("status", "nextAttemptAt");

-- Written by hand.
ALTER TABLE "RevalidationJob" ADD CONSTRAINT "RevalidationJob_has_tags" CHECK (cardinality("tags") > 0);
ALTER TABLE "RevalidationJob" ADD CONSTRAINT "RevalidationJob_attempts_valid" CHECK ("attempts" >= 0);
ALTER TABLE "SignInThrottle" ADD CONSTRAINT "SignInThrottle_failures_valid" CHECK ("failures" >= 0);
