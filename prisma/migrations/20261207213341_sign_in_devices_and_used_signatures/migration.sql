-- AlterTable
ALTER TABLE "SignInThrottle" ADD COLUMN     "checking" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "checkingSince" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "SignInDevice" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SignInDevice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UsedSignature" (
    "signature" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "UsedSignature_pkey" PRIMARY KEY ("signature")
);

-- CreateIndex
CREATE INDEX "SignInDevice_userId_idx" ON "SignInDevice"("userId");

-- CreateIndex
CREATE INDEX "UsedSignature_expiresAt_idx" ON "UsedSignature"("expiresAt");

-- AddForeignKey
ALTER TABLE "SignInDevice" ADD CONSTRAINT "SignInDevice_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: a count of attempts being checked is never negative.
ALTER TABLE "SignInThrottle" ADD CONSTRAINT "SignInThrottle_checking_check" CHECK ("checking" >= 0);
