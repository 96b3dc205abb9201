-- CreateTable
CREATE TABLE "SlugRedirect" (
    "kind" "EntryKind" NOT NULL,
    "fromSlug" TEXT NOT NULL,
    "entryId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SlugRedirect_pkey" PRIMARY KEY ("kind","fromSlug")
);

-- CreateIndex
CREATE INDEX "SlugRedirect_entryId_idx" ON "SlugRedirect"("entryId");

-- AddForeignKey
ALTER TABLE "SlugRedirect" ADD CONSTRAINT "SlugRedirect_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "Entry"("id") ON DELETE CASCADE ON UPDATE CASCADE;
