-- CreateEnum
CREATE TYPE "EntryKind" AS ENUM ('COUNTRY', 'ORGANIZATION', 'PERSON', 'BODY', 'SOURCE', 'RELATIONSHIP', 'EVENT', 'MISSION', 'MEMBERSHIP', 'FACT');

-- CreateEnum
CREATE TYPE "EntryStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'UNPUBLISHED', 'DELETED');

-- CreateEnum
CREATE TYPE "Certainty" AS ENUM ('STATED', 'ESTIMATE', 'CLAIM');

-- CreateEnum
CREATE TYPE "RevisionStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'CHANGES_REQUESTED', 'REJECTED', 'PUBLISHED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "RevisionAction" AS ENUM ('UPSERT', 'UNPUBLISH', 'DELETE');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('EDITOR', 'ADMIN');

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('DAY', 'MONTH', 'SEASON', 'YEAR', 'DECADE');

-- CreateEnum
CREATE TYPE "PolityKind" AS ENUM ('STATE', 'PARTIALLY_RECOGNIZED_STATE', 'HISTORICAL_STATE', 'TERRITORY');

-- CreateEnum
CREATE TYPE "OrganizationKind" AS ENUM ('INTERGOVERNMENTAL', 'UN_AGENCY', 'INTERNATIONAL_COURT', 'FINANCIAL_INSTITUTION', 'FORUM', 'NON_GOVERNMENTAL', 'OTHER');

-- CreateEnum
CREATE TYPE "BodyKind" AS ENUM ('SOCIETY', 'NON_GOVERNMENTAL', 'COMPANY', 'ACADEMIC', 'MEDIA', 'OTHER');

-- CreateEnum
CREATE TYPE "SourceKind" AS ENUM ('DOCUMENT', 'REFERENCE', 'WEB', 'BOOK', 'ARTICLE', 'OFFICIAL');

-- CreateEnum
CREATE TYPE "RelationshipStatus" AS ENUM ('ACTIVE', 'UNOFFICIAL', 'HISTORICAL', 'SUSPENDED');

-- CreateEnum
CREATE TYPE "EventType" AS ENUM ('DIPLOMATIC_RELATIONS', 'VISIT', 'DELEGATION', 'AGREEMENT', 'RECOGNITION', 'MEMBERSHIP_CHANGE', 'COOPERATION', 'TRADE_INVESTMENT', 'AID', 'MIGRATION', 'STATEMENT', 'LEGAL', 'CONFLICT', 'OTHER');

-- CreateEnum
CREATE TYPE "MembershipStatus" AS ENUM ('MEMBER', 'OBSERVER', 'PARTNER', 'PARTICIPATING_STATE', 'ASSOCIATE_MEMBER', 'DIALOGUE_PARTNER', 'FORMER_MEMBER');

-- CreateEnum
CREATE TYPE "MissionType" AS ENUM ('EMBASSY', 'CONSULATE_GENERAL', 'CONSULATE', 'BRANCH_OFFICE', 'HONORARY_CONSULATE', 'REPRESENTATIVE_OFFICE', 'PERMANENT_MISSION');

-- CreateTable
CREATE TABLE "Entry" (
    "id" TEXT NOT NULL,
    "kind" "EntryKind" NOT NULL,
    "status" "EntryStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 0,
    "label" TEXT NOT NULL,
    "official" BOOLEAN NOT NULL DEFAULT true,
    "certainty" "Certainty" NOT NULL DEFAULT 'STATED',
    "attribution" TEXT,
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "seedHash" TEXT,
    "seedVersion" INTEGER,

    CONSTRAINT "Entry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Revision" (
    "id" TEXT NOT NULL,
    "entryId" TEXT NOT NULL,
    "kind" "EntryKind" NOT NULL,
    "action" "RevisionAction" NOT NULL DEFAULT 'UPSERT',
    "payload" JSONB,
    "label" TEXT NOT NULL,
    "baseVersion" INTEGER NOT NULL,
    "status" "RevisionStatus" NOT NULL DEFAULT 'DRAFT',
    "authorId" TEXT,
    "message" TEXT,
    "reviewerId" TEXT,
    "reviewComment" TEXT,
    "submittedAt" TIMESTAMP(3),
    "reviewedAt" TIMESTAMP(3),
    "publishedVersion" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Revision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL DEFAULT 'EDITOR',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "sessionVersion" INTEGER NOT NULL DEFAULT 1,
    "lastSignInAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "actorEmail" TEXT,
    "action" TEXT NOT NULL,
    "targetType" TEXT,
    "targetId" TEXT,
    "data" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Country" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "officialName" TEXT,
    "kind" "PolityKind" NOT NULL DEFAULT 'STATE',
    "iso2" CHAR(2),
    "iso3" CHAR(3),
    "isoNumeric" CHAR(3),
    "formerIsoCode" CHAR(4),
    "region" TEXT NOT NULL,
    "subregion" TEXT,
    "capital" TEXT,
    "wikidataId" TEXT,
    "existedFrom" INTEGER,
    "existedUntil" INTEGER,
    "successorId" TEXT,
    "aliases" TEXT[],
    "summary" TEXT,

    CONSTRAINT "Country_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Site" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "focusCountryId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "tagline" TEXT,

    CONSTRAINT "Site_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organization" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "acronym" TEXT,
    "aliases" TEXT[],
    "kind" "OrganizationKind" NOT NULL DEFAULT 'INTERGOVERNMENTAL',
    "foundedYear" INTEGER,
    "dissolvedYear" INTEGER,
    "headquarters" TEXT,
    "url" TEXT,
    "wikidataId" TEXT,
    "description" TEXT,

    CONSTRAINT "Organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Person" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "aliases" TEXT[],
    "countryId" TEXT,
    "wikidataId" TEXT,
    "bornYear" INTEGER,
    "diedYear" INTEGER,
    "description" TEXT,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Body" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "BodyKind" NOT NULL DEFAULT 'OTHER',
    "foundedOn" DATE,
    "foundedPrecision" "DatePrecision",
    "dissolvedOn" DATE,
    "dissolvedPrecision" "DatePrecision",
    "description" TEXT,

    CONSTRAINT "Body_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BodyCountry" (
    "bodyId" TEXT NOT NULL,
    "countryId" TEXT NOT NULL,

    CONSTRAINT "BodyCountry_pkey" PRIMARY KEY ("bodyId","countryId")
);

-- CreateTable
CREATE TABLE "Source" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "kind" "SourceKind" NOT NULL DEFAULT 'REFERENCE',
    "marker" TEXT,
    "author" TEXT,
    "publisher" TEXT,
    "url" TEXT,
    "publishedOn" DATE,
    "accessedOn" DATE,
    "note" TEXT,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Excerpt" (
    "id" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "Excerpt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Citation" (
    "id" TEXT NOT NULL,
    "entryId" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "excerptId" TEXT,
    "locator" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Citation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Relationship" (
    "id" TEXT NOT NULL,
    "subjectId" TEXT NOT NULL,
    "counterpartId" TEXT NOT NULL,
    "status" "RelationshipStatus" NOT NULL DEFAULT 'ACTIVE',
    "summary" TEXT NOT NULL,
    "establishedOn" DATE,
    "establishedPrecision" "DatePrecision",

    CONSTRAINT "Relationship_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Event" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "type" "EventType" NOT NULL,
    "startDate" DATE NOT NULL,
    "startPrecision" "DatePrecision" NOT NULL,
    "endDate" DATE,
    "endPrecision" "DatePrecision",
    "place" TEXT,
    "placeCountryId" TEXT,

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventCountry" (
    "eventId" TEXT NOT NULL,
    "countryId" TEXT NOT NULL,

    CONSTRAINT "EventCountry_pkey" PRIMARY KEY ("eventId","countryId")
);

-- CreateTable
CREATE TABLE "EventParticipant" (
    "eventId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "countryId" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "EventParticipant_pkey" PRIMARY KEY ("eventId","personId")
);

-- CreateTable
CREATE TABLE "EventOrganization" (
    "eventId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,

    CONSTRAINT "EventOrganization_pkey" PRIMARY KEY ("eventId","organizationId")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "countryId" TEXT NOT NULL,
    "status" "MembershipStatus" NOT NULL,
    "sinceDate" DATE,
    "sincePrecision" "DatePrecision",
    "untilDate" DATE,
    "untilPrecision" "DatePrecision",
    "note" TEXT,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Mission" (
    "id" TEXT NOT NULL,
    "type" "MissionType" NOT NULL,
    "senderId" TEXT NOT NULL,
    "hostId" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "name" TEXT,
    "openedOn" DATE,
    "openedPrecision" "DatePrecision",
    "closedOn" DATE,
    "closedPrecision" "DatePrecision",

    CONSTRAINT "Mission_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Fact" (
    "id" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "value" DECIMAL(20,4) NOT NULL,
    "valueHigh" DECIMAL(20,4),
    "unit" TEXT NOT NULL,
    "approximate" BOOLEAN NOT NULL DEFAULT false,
    "year" INTEGER,
    "countryId" TEXT,
    "organizationId" TEXT,

    CONSTRAINT "Fact_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Entry_kind_status_idx" ON "Entry"("kind", "status");

-- CreateIndex
CREATE INDEX "Revision_status_submittedAt_idx" ON "Revision"("status", "submittedAt");

-- CreateIndex
CREATE INDEX "Revision_entryId_createdAt_idx" ON "Revision"("entryId", "createdAt");

-- CreateIndex
CREATE INDEX "Revision_authorId_status_idx" ON "Revision"("authorId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Revision_entryId_publishedVersion_key" ON "Revision"("entryId", "publishedVersion");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "AuditLog_at_idx" ON "AuditLog"("at");

-- CreateIndex
CREATE INDEX "AuditLog_action_at_idx" ON "AuditLog"("action", "at");

-- CreateIndex
CREATE INDEX "AuditLog_actorId_at_idx" ON "AuditLog"("actorId", "at");

-- CreateIndex
CREATE INDEX "AuditLog_targetType_targetId_idx" ON "AuditLog"("targetType", "targetId");

-- CreateIndex
CREATE UNIQUE INDEX "Country_slug_key" ON "Country"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Country_iso2_key" ON "Country"("iso2");

-- CreateIndex
CREATE UNIQUE INDEX "Country_iso3_key" ON "Country"("iso3");

-- CreateIndex
CREATE UNIQUE INDEX "Country_wikidataId_key" ON "Country"("wikidataId");

-- CreateIndex
CREATE UNIQUE INDEX "Site_focusCountryId_key" ON "Site"("focusCountryId");

-- CreateIndex
CREATE UNIQUE INDEX "Organization_slug_key" ON "Organization"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Organization_wikidataId_key" ON "Organization"("wikidataId");

-- CreateIndex
CREATE UNIQUE INDEX "Person_slug_key" ON "Person"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Person_wikidataId_key" ON "Person"("wikidataId");

-- CreateIndex
CREATE UNIQUE INDEX "Body_slug_key" ON "Body"("slug");

-- CreateIndex
CREATE INDEX "BodyCountry_countryId_idx" ON "BodyCountry"("countryId");

-- CreateIndex
CREATE UNIQUE INDEX "Source_slug_key" ON "Source"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Source_marker_key" ON "Source"("marker");

-- CreateIndex
CREATE UNIQUE INDEX "Excerpt_sourceId_position_key" ON "Excerpt"("sourceId", "position");

-- CreateIndex
CREATE INDEX "Citation_entryId_idx" ON "Citation"("entryId");

-- CreateIndex
CREATE INDEX "Citation_sourceId_idx" ON "Citation"("sourceId");

-- CreateIndex
CREATE INDEX "Citation_excerptId_idx" ON "Citation"("excerptId");

-- CreateIndex
CREATE INDEX "Relationship_counterpartId_idx" ON "Relationship"("counterpartId");

-- CreateIndex
CREATE UNIQUE INDEX "Relationship_subjectId_counterpartId_key" ON "Relationship"("subjectId", "counterpartId");

-- CreateIndex
CREATE UNIQUE INDEX "Event_slug_key" ON "Event"("slug");

-- CreateIndex
CREATE INDEX "Event_startDate_idx" ON "Event"("startDate");

-- CreateIndex
CREATE INDEX "Event_type_startDate_idx" ON "Event"("type", "startDate");

-- CreateIndex
CREATE INDEX "EventCountry_countryId_idx" ON "EventCountry"("countryId");

-- CreateIndex
CREATE INDEX "EventParticipant_personId_idx" ON "EventParticipant"("personId");

-- CreateIndex
CREATE INDEX "EventOrganization_organizationId_idx" ON "EventOrganization"("organizationId");

-- CreateIndex
CREATE INDEX "Membership_countryId_idx" ON "Membership"("countryId");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_organizationId_countryId_status_key" ON "Membership"("organizationId", "countryId", "status");

-- CreateIndex
CREATE INDEX "Mission_senderId_idx" ON "Mission"("senderId");

-- CreateIndex
CREATE INDEX "Mission_hostId_idx" ON "Mission"("hostId");

-- CreateIndex
CREATE INDEX "Fact_countryId_idx" ON "Fact"("countryId");

-- AddForeignKey
ALTER TABLE "Revision" ADD CONSTRAINT "Revision_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "Entry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Revision" ADD CONSTRAINT "Revision_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Revision" ADD CONSTRAINT "Revision_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Country" ADD CONSTRAINT "Country_id_fkey" FOREIGN KEY ("id") REFERENCES "Entry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Country" ADD CONSTRAINT "Country_successorId_fkey" FOREIGN KEY ("successorId") REFERENCES "Country"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Site" ADD CONSTRAINT "Site_focusCountryId_fkey" FOREIGN KEY ("focusCountryId") REFERENCES "Country"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organization" ADD CONSTRAINT "Organization_id_fkey" FOREIGN KEY ("id") REFERENCES "Entry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Person" ADD CONSTRAINT "Person_id_fkey" FOREIGN KEY ("id") REFERENCES "Entry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Person" ADD CONSTRAINT "Person_countryId_fkey" FOREIGN KEY ("countryId") REFERENCES "Country"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Body" ADD CONSTRAINT "Body_id_fkey" FOREIGN KEY ("id") REFERENCES "Entry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BodyCountry" ADD CONSTRAINT "BodyCountry_bodyId_fkey" FOREIGN KEY ("bodyId") REFERENCES "Body"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BodyCountry" ADD CONSTRAINT "BodyCountry_countryId_fkey" FOREIGN KEY ("countryId") REFERENCES "Country"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Source" ADD CONSTRAINT "Source_id_fkey" FOREIGN KEY ("id") REFERENCES "Entry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Excerpt" ADD CONSTRAINT "Excerpt_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "Entry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_excerptId_fkey" FOREIGN KEY ("excerptId") REFERENCES "Excerpt"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Relationship" ADD CONSTRAINT "Relationship_id_fkey" FOREIGN KEY ("id") REFERENCES "Entry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Relationship" ADD CONSTRAINT "Relationship_subjectId_fkey" FOREIGN KEY ("subjectId") REFERENCES "Country"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Relationship" ADD CONSTRAINT "Relationship_counterpartId_fkey" FOREIGN KEY ("counterpartId") REFERENCES "Country"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_id_fkey" FOREIGN KEY ("id") REFERENCES "Entry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_placeCountryId_fkey" FOREIGN KEY ("placeCountryId") REFERENCES "Country"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventCountry" ADD CONSTRAINT "EventCountry_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventCountry" ADD CONSTRAINT "EventCountry_countryId_fkey" FOREIGN KEY ("countryId") REFERENCES "Country"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventParticipant" ADD CONSTRAINT "EventParticipant_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventParticipant" ADD CONSTRAINT "EventParticipant_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventParticipant" ADD CONSTRAINT "EventParticipant_countryId_fkey" FOREIGN KEY ("countryId") REFERENCES "Country"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventOrganization" ADD CONSTRAINT "EventOrganization_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventOrganization" ADD CONSTRAINT "EventOrganization_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_id_fkey" FOREIGN KEY ("id") REFERENCES "Entry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_countryId_fkey" FOREIGN KEY ("countryId") REFERENCES "Country"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mission" ADD CONSTRAINT "Mission_id_fkey" FOREIGN KEY ("id") REFERENCES "Entry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mission" ADD CONSTRAINT "Mission_senderId_fkey" FOREIGN KEY ("senderId") REFERENCES "Country"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mission" ADD CONSTRAINT "Mission_hostId_fkey" FOREIGN KEY ("hostId") REFERENCES "Country"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Fact" ADD CONSTRAINT "Fact_id_fkey" FOREIGN KEY ("id") REFERENCES "Entry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Fact" ADD CONSTRAINT "Fact_countryId_fkey" FOREIGN KEY ("countryId") REFERENCES "Country"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Fact" ADD CONSTRAINT "Fact_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- ════════════════════════════════════════════════════════════════════════════
-- Rules the Prisma schema language cannot express, written by hand.
-- Prisma's diff ignores CHECK constraints, functions and triggers, so they
-- cause no drift; prisma/README.md lists them.
-- ════════════════════════════════════════════════════════════════════════════

-- Slugs are lower-case words joined by hyphens; codes have their standard shapes.
ALTER TABLE "Country" ADD CONSTRAINT "Country_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$');
ALTER TABLE "Organization" ADD CONSTRAINT "Organization_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$');
ALTER TABLE "Person" ADD CONSTRAINT "Person_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$');
ALTER TABLE "Body" ADD CONSTRAINT "Body_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$');
ALTER TABLE "Source" ADD CONSTRAINT "Source_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$');
ALTER TABLE "Event" ADD CONSTRAINT "Event_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$');
ALTER TABLE "Country" ADD CONSTRAINT "Country_iso2_format" CHECK ("iso2" ~ '^[A-Z]{2}$');
ALTER TABLE "Country" ADD CONSTRAINT "Country_iso3_format" CHECK ("iso3" ~ '^[A-Z]{3}$');
ALTER TABLE "Country" ADD CONSTRAINT "Country_isoNumeric_format" CHECK ("isoNumeric" ~ '^[0-9]{3}$');
ALTER TABLE "Country" ADD CONSTRAINT "Country_formerIsoCode_format" CHECK ("formerIsoCode" ~ '^[A-Z]{4}$');
ALTER TABLE "Country" ADD CONSTRAINT "Country_wikidataId_format" CHECK ("wikidataId" ~ '^Q[1-9][0-9]*$');
ALTER TABLE "Organization" ADD CONSTRAINT "Organization_wikidataId_format" CHECK ("wikidataId" ~ '^Q[1-9][0-9]*$');
ALTER TABLE "Person" ADD CONSTRAINT "Person_wikidataId_format" CHECK ("wikidataId" ~ '^Q[1-9][0-9]*$');
ALTER TABLE "Country" ADD CONSTRAINT "Country_existence_order" CHECK ("existedUntil" IS NULL OR "existedFrom" IS NULL OR "existedUntil" >= "existedFrom");
ALTER TABLE "User" ADD CONSTRAINT "User_email_lower_case" CHECK ("email" = lower("email"));
ALTER TABLE "Site" ADD CONSTRAINT "Site_single_row" CHECK ("id" = 1);

-- Editorial state.
ALTER TABLE "Entry" ADD CONSTRAINT "Entry_label_not_blank" CHECK (length(btrim("label")) > 0);
ALTER TABLE "Entry" ADD CONSTRAINT "Entry_version_valid" CHECK ("version" >= 0 AND ("status" NOT IN ('PUBLISHED', 'UNPUBLISHED') OR "version" >= 1));
ALTER TABLE "Revision" ADD CONSTRAINT "Revision_baseVersion_valid" CHECK ("baseVersion" >= 0);
ALTER TABLE "Revision" ADD CONSTRAINT "Revision_upsert_has_payload" CHECK ("action" <> 'UPSERT' OR "payload" IS NOT NULL);

-- A date is the first day of the period its precision names ("summer 2007" is 2007-06-01;
-- winter is the December that starts it; a decade starts in a year ending in 0).
CREATE FUNCTION "atlas_date_fits_precision"(d date, p "DatePrecision") RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE p
    WHEN 'DAY' THEN true
    WHEN 'MONTH' THEN extract(day FROM d) = 1
    WHEN 'SEASON' THEN extract(day FROM d) = 1 AND extract(month FROM d) IN (3, 6, 9, 12)
    WHEN 'YEAR' THEN extract(day FROM d) = 1 AND extract(month FROM d) = 1
    WHEN 'DECADE' THEN extract(day FROM d) = 1 AND extract(month FROM d) = 1 AND extract(year FROM d)::int % 10 = 0
  END
$$;

-- Every date comes with its precision, and periods do not end before they start.
ALTER TABLE "Event" ADD CONSTRAINT "Event_start_fits_precision" CHECK ("atlas_date_fits_precision"("startDate", "startPrecision"));
ALTER TABLE "Event" ADD CONSTRAINT "Event_end_has_precision" CHECK (("endDate" IS NULL) = ("endPrecision" IS NULL));
ALTER TABLE "Event" ADD CONSTRAINT "Event_end_fits_precision" CHECK ("endDate" IS NULL OR "atlas_date_fits_precision"("endDate", "endPrecision"));
ALTER TABLE "Event" ADD CONSTRAINT "Event_ends_after_start" CHECK ("endDate" IS NULL OR "endDate" >= "startDate");
ALTER TABLE "Relationship" ADD CONSTRAINT "Relationship_established_has_precision" CHECK (("establishedOn" IS NULL) = ("establishedPrecision" IS NULL));
ALTER TABLE "Relationship" ADD CONSTRAINT "Relationship_established_fits_precision" CHECK ("establishedOn" IS NULL OR "atlas_date_fits_precision"("establishedOn", "establishedPrecision"));
ALTER TABLE "Relationship" ADD CONSTRAINT "Relationship_two_countries" CHECK ("subjectId" <> "counterpartId");
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_since_has_precision" CHECK (("sinceDate" IS NULL) = ("sincePrecision" IS NULL));
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_until_has_precision" CHECK (("untilDate" IS NULL) = ("untilPrecision" IS NULL));
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_ends_after_start" CHECK ("untilDate" IS NULL OR "sinceDate" IS NULL OR "untilDate" >= "sinceDate");
ALTER TABLE "Mission" ADD CONSTRAINT "Mission_opened_has_precision" CHECK (("openedOn" IS NULL) = ("openedPrecision" IS NULL));
ALTER TABLE "Mission" ADD CONSTRAINT "Mission_closed_has_precision" CHECK (("closedOn" IS NULL) = ("closedPrecision" IS NULL));
ALTER TABLE "Mission" ADD CONSTRAINT "Mission_closes_after_opening" CHECK ("closedOn" IS NULL OR "openedOn" IS NULL OR "closedOn" >= "openedOn");
ALTER TABLE "Mission" ADD CONSTRAINT "Mission_two_countries" CHECK ("senderId" <> "hostId");
ALTER TABLE "Body" ADD CONSTRAINT "Body_founded_has_precision" CHECK (("foundedOn" IS NULL) = ("foundedPrecision" IS NULL));
ALTER TABLE "Body" ADD CONSTRAINT "Body_dissolved_has_precision" CHECK (("dissolvedOn" IS NULL) = ("dissolvedPrecision" IS NULL));
ALTER TABLE "Body" ADD CONSTRAINT "Body_dissolved_after_founding" CHECK ("dissolvedOn" IS NULL OR "foundedOn" IS NULL OR "dissolvedOn" >= "foundedOn");
ALTER TABLE "Fact" ADD CONSTRAINT "Fact_range_ordered" CHECK ("valueHigh" IS NULL OR "valueHigh" >= "value");
ALTER TABLE "Fact" ADD CONSTRAINT "Fact_unit_not_blank" CHECK (length(btrim("unit")) > 0);

-- Every published statement cites at least one source. Checked at commit, so a publish can
-- write the entry and its citations in any order within its transaction.
CREATE FUNCTION "atlas_require_source"() RETURNS trigger
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
     AND entry_kind IN ('RELATIONSHIP', 'EVENT', 'MISSION', 'MEMBERSHIP', 'FACT', 'BODY')
     AND NOT EXISTS (SELECT 1 FROM "Citation" WHERE "entryId" = target) THEN
    RAISE EXCEPTION 'Published % "%" (%) cites no source: every published statement needs at least one', lower(entry_kind::text), entry_label, target
      USING ERRCODE = 'check_violation', CONSTRAINT = 'Entry_published_statement_has_source';
  END IF;
  RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER "Entry_published_statement_has_source"
  AFTER INSERT OR UPDATE OF "status" ON "Entry"
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION "atlas_require_source"();

CREATE CONSTRAINT TRIGGER "Citation_removal_keeps_statement_sourced"
  AFTER DELETE OR UPDATE OF "entryId" ON "Citation"
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION "atlas_require_source"();

-- The audit log is append-only.
CREATE FUNCTION "atlas_audit_append_only"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'The audit log is append-only: % is refused', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER "AuditLog_append_only"
  BEFORE UPDATE OR DELETE ON "AuditLog"
  FOR EACH ROW EXECUTE FUNCTION "atlas_audit_append_only"();

CREATE TRIGGER "AuditLog_no_truncate"
  BEFORE TRUNCATE ON "AuditLog"
  FOR EACH STATEMENT EXECUTE FUNCTION "atlas_audit_append_only"();
