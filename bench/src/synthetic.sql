-- Synthetic data for the benchmark: 200 countries, 10,000 sources, 100,000 events (each with two
-- countries, a source and a search document), missions and memberships, all published, each with
-- the published revision an approval would have left; plus the editorial backlog of a busy atlas
-- (editors, 10,000 revisions waiting for review, 200,000 audit records). Runs on a migrated and
-- seeded database, whose focus country stays the subject of every relationship. Benchland 1 is
-- the counterpart with 10,000 events. Placeholders: :countries, :sources, :events.

CREATE TEMP TABLE bench_words (n int, w text);
INSERT INTO bench_words
SELECT row_number() OVER () - 1, w FROM unnest(ARRAY[
  'agreement','visit','trade','embassy','border','refugees','minister','summit','treaty','investment',
  'cooperation','mining','railway','loan','delegation','recognition','sanctions','aid','energy','copper',
  'coal','wool','election','declaration','consulate','military','exercise','scholarship','migrants','port',
  'customs','airline','satellite','telecom','water','drought','vaccines','tourism','dinosaur','horses'
]) AS w;

INSERT INTO "Entry" ("id", "kind", "status", "version", "label", "publishedAt", "updatedAt")
SELECT 'source_bench-' || i, 'SOURCE', 'PUBLISHED', 1, 'Bench source ' || i, now(), now() FROM generate_series(1, :sources) i;
INSERT INTO "Source" ("id", "slug", "title", "kind")
SELECT 'source_bench-' || i, 'bench-source-' || i, 'Bench source ' || i, 'REFERENCE' FROM generate_series(1, :sources) i;

INSERT INTO "Entry" ("id", "kind", "status", "version", "label", "publishedAt", "updatedAt")
SELECT 'country_bench-' || i, 'COUNTRY', 'PUBLISHED', 1, 'Benchland ' || i, now(), now() FROM generate_series(1, :countries) i;
INSERT INTO "Country" ("id", "slug", "name", "region", "aliases")
SELECT 'country_bench-' || i, 'bench-' || i, 'Benchland ' || i, (ARRAY['Africa','Americas','Asia','Europe','Oceania'])[1 + i % 5], '{}' FROM generate_series(1, :countries) i;

INSERT INTO "Entry" ("id", "kind", "status", "version", "label", "publishedAt", "updatedAt")
SELECT 'rel_bench-' || i, 'RELATIONSHIP', 'PUBLISHED', 1, 'Mongolia – Benchland ' || i || ' relations', now(), now() FROM generate_series(1, :countries) i;
INSERT INTO "Relationship" ("id", "subjectId", "counterpartId", "status", "summary")
SELECT 'rel_bench-' || i, (SELECT "focusCountryId" FROM "Site" WHERE "id" = 1), 'country_bench-' || i, 'ACTIVE',
  'Relations between Mongolia and Benchland ' || i || ' cover trade, aid and cooperation. They are synthetic, for the benchmark.'
FROM generate_series(1, :countries) i;
INSERT INTO "Citation" ("id", "entryId", "sourceId") SELECT gen_random_uuid()::text, 'rel_bench-' || i, 'source_bench-' || (1 + i % :sources) FROM generate_series(1, :countries) i;

INSERT INTO "Entry" ("id", "kind", "status", "version", "label", "publishedAt", "updatedAt")
SELECT 'mission_bench-' || i, 'MISSION', 'PUBLISHED', 1, 'Embassy of Mongolia in Benchland ' || i, now(), now() FROM generate_series(1, :countries) i;
INSERT INTO "Mission" ("id", "type", "senderId", "hostId", "city")
SELECT 'mission_bench-' || i, 'EMBASSY', (SELECT "focusCountryId" FROM "Site" WHERE "id" = 1), 'country_bench-' || i, 'Capital ' || i FROM generate_series(1, :countries) i;
INSERT INTO "Citation" ("id", "entryId", "sourceId") SELECT gen_random_uuid()::text, 'mission_bench-' || i, 'source_bench-' || (1 + (i * 7) % :sources) FROM generate_series(1, :countries) i;

-- Five memberships per country, in organisations the focus country belongs to.
CREATE TEMP TABLE bench_orgs AS SELECT row_number() OVER (ORDER BY "organizationId") - 1 AS n, "organizationId" AS id FROM "Membership" m JOIN "Site" s ON s."focusCountryId" = m."countryId";
INSERT INTO "Entry" ("id", "kind", "status", "version", "label", "publishedAt", "updatedAt")
SELECT 'membership_bench-' || i || '-' || k, 'MEMBERSHIP', 'PUBLISHED', 1, 'Benchland ' || i || ' membership ' || k, now(), now() FROM generate_series(1, :countries) i, generate_series(0, 4) k;
INSERT INTO "Membership" ("id", "organizationId", "countryId", "status")
SELECT 'membership_bench-' || i || '-' || k, o.id, 'country_bench-' || i, 'MEMBER'
FROM generate_series(1, :countries) i, generate_series(0, 4) k JOIN bench_orgs o ON o.n = (k * 7 + 3) % (SELECT count(*) FROM bench_orgs);
INSERT INTO "Citation" ("id", "entryId", "sourceId") SELECT gen_random_uuid()::text, 'membership_bench-' || i || '-' || k, 'source_bench-' || (1 + (i + k) % :sources) FROM generate_series(1, :countries) i, generate_series(0, 4) k;

-- Events: a title of three vocabulary words, a month between 1900 and 2025.
CREATE TEMP TABLE bench_events AS
SELECT i,
  CASE WHEN i % 10 = 0 THEN 1 ELSE 2 + i % (:countries - 1) END AS counterpart,
  initcap((SELECT w FROM bench_words WHERE n = (i * 7) % 40)) || ' ' || (SELECT w FROM bench_words WHERE n = (i * 13 + 5) % 40) || ' with Benchland ' || (CASE WHEN i % 10 = 0 THEN 1 ELSE 2 + i % (:countries - 1) END) AS title,
  'Synthetic event ' || i || ' about ' || (SELECT w FROM bench_words WHERE n = (i * 17 + 11) % 40) || ' and ' || (SELECT w FROM bench_words WHERE n = (i * 19 + 3) % 40) || '.' AS description,
  (date '1900-01-01' + ((i * 37) % 45600) * interval '1 day')::date AS day
FROM generate_series(1, :events) i;

INSERT INTO "Entry" ("id", "kind", "status", "version", "label", "publishedAt", "updatedAt")
SELECT 'event_bench-' || i, 'EVENT', 'PUBLISHED', 1, title, now() - i * interval '1 second', now() - i * interval '1 second' FROM bench_events;
INSERT INTO "Event" ("id", "slug", "title", "description", "type", "startDate", "startPrecision")
SELECT 'event_bench-' || i, 'bench-event-' || i, title, description,
  (ARRAY['VISIT','AGREEMENT','TRADE_INVESTMENT','COOPERATION','STATEMENT','AID','DELEGATION','MIGRATION']::"EventType"[])[1 + i % 8],
  date_trunc('month', day)::date, 'MONTH'
FROM bench_events;
INSERT INTO "EventCountry" ("eventId", "countryId", "startDate") SELECT 'event_bench-' || i, 'country_bench-' || counterpart, date_trunc('month', day)::date FROM bench_events;
INSERT INTO "EventCountry" ("eventId", "countryId", "startDate") SELECT 'event_bench-' || i, (SELECT "focusCountryId" FROM "Site" WHERE "id" = 1), date_trunc('month', day)::date FROM bench_events;
INSERT INTO "Citation" ("id", "entryId", "sourceId") SELECT gen_random_uuid()::text, 'event_bench-' || i, 'source_bench-' || (1 + i % :sources) FROM bench_events;
INSERT INTO "SearchDocument" ("entryId", "kind", "title", "body", "path", "updatedAt")
SELECT 'event_bench-' || i, 'EVENT', title, description, '/events/bench-event-' || i, now() FROM bench_events;

-- The published revision of every synthetic entry, as an approval leaves it.
CREATE TEMP TABLE bench_revisions ("entryId" text, kind "EntryKind", payload jsonb, label text);
INSERT INTO bench_revisions
SELECT 'source_bench-' || i, 'SOURCE', jsonb_build_object('slug', 'bench-source-' || i, 'title', 'Bench source ' || i, 'kind', 'REFERENCE', 'marker', null, 'author', null,
  'publisher', null, 'url', null, 'publishedOn', null, 'accessedOn', null, 'note', null, 'excerpts', '[]'::jsonb), 'Bench source ' || i
FROM generate_series(1, :sources) i;
INSERT INTO bench_revisions
SELECT 'country_bench-' || i, 'COUNTRY', jsonb_build_object('slug', 'bench-' || i, 'name', 'Benchland ' || i, 'officialName', null, 'kind', 'STATE', 'iso2', null, 'iso3', null,
  'isoNumeric', null, 'formerIsoCode', null, 'region', (ARRAY['Africa','Americas','Asia','Europe','Oceania'])[1 + i % 5], 'subregion', null, 'capital', null, 'wikidataId', null,
  'existedFrom', null, 'existedUntil', null, 'successorId', null, 'aliases', '[]'::jsonb, 'summary', null, 'citations', '[]'::jsonb), 'Benchland ' || i
FROM generate_series(1, :countries) i;
INSERT INTO bench_revisions
SELECT 'rel_bench-' || i, 'RELATIONSHIP', jsonb_build_object('subjectId', (SELECT "focusCountryId" FROM "Site" WHERE "id" = 1), 'counterpartId', 'country_bench-' || i, 'status', 'ACTIVE',
  'summary', 'Relations between Mongolia and Benchland ' || i || ' cover trade, aid and cooperation. They are synthetic, for the benchmark.', 'established', null,
  'citations', jsonb_build_array(jsonb_build_object('sourceId', 'source_bench-' || (1 + i % :sources), 'excerptId', null, 'locator', null)),
  'official', true, 'certainty', 'STATED', 'attribution', null), 'Mongolia – Benchland ' || i || ' relations'
FROM generate_series(1, :countries) i;
INSERT INTO bench_revisions
SELECT 'mission_bench-' || i, 'MISSION', jsonb_build_object('type', 'EMBASSY', 'senderId', (SELECT "focusCountryId" FROM "Site" WHERE "id" = 1), 'hostId', 'country_bench-' || i,
  'city', 'Capital ' || i, 'name', null, 'opened', null, 'closed', null,
  'citations', jsonb_build_array(jsonb_build_object('sourceId', 'source_bench-' || (1 + (i * 7) % :sources), 'excerptId', null, 'locator', null)),
  'official', true, 'certainty', 'STATED', 'attribution', null), 'Embassy of Mongolia in Benchland ' || i
FROM generate_series(1, :countries) i;
INSERT INTO bench_revisions
SELECT m.id, 'MEMBERSHIP', jsonb_build_object('organizationId', m."organizationId", 'countryId', m."countryId", 'status', 'MEMBER', 'since', null, 'until', null, 'note', null,
  'citations', jsonb_build_array(jsonb_build_object('sourceId', c."sourceId", 'excerptId', null, 'locator', null)), 'official', true, 'certainty', 'STATED', 'attribution', null), e.label
FROM "Membership" m JOIN "Entry" e ON e.id = m.id JOIN "Citation" c ON c."entryId" = m.id WHERE m.id LIKE 'membership_bench-%';
INSERT INTO bench_revisions
SELECT 'event_bench-' || i, 'EVENT', jsonb_build_object('slug', 'bench-event-' || i, 'title', title, 'description', description,
  'type', (ARRAY['VISIT','AGREEMENT','TRADE_INVESTMENT','COOPERATION','STATEMENT','AID','DELEGATION','MIGRATION'])[1 + i % 8], 'start', to_char(day, 'YYYY-MM'), 'end', null,
  'place', null, 'placeCountryId', null, 'countryIds', jsonb_build_array('country_bench-' || counterpart, (SELECT "focusCountryId" FROM "Site" WHERE "id" = 1)),
  'participants', '[]'::jsonb, 'organizationIds', '[]'::jsonb,
  'citations', jsonb_build_array(jsonb_build_object('sourceId', 'source_bench-' || (1 + i % :sources), 'excerptId', null, 'locator', null)),
  'official', true, 'certainty', 'STATED', 'attribution', null), title
FROM bench_events;
INSERT INTO "ChangeSet" ("id", "updatedAt") VALUES ('bench-import', now());
INSERT INTO "Revision" ("id", "entryId", "kind", "action", "payload", "label", "baseVersion", "status", "publishedVersion", "submittedAt", "reviewedAt", "createdAt", "updatedAt", "changeSetId")
SELECT gen_random_uuid()::text, "entryId", kind, 'UPSERT', payload, label, 0, 'PUBLISHED', 1, now(), now(), now(), now(), 'bench-import' FROM bench_revisions;

-- A busy newsroom: 50 editors and 5 admins (no one can sign in as them), 10,000 revisions waiting
-- for review, and two years of audit records.
INSERT INTO "User" ("id", "email", "name", "passwordHash", "role", "updatedAt")
SELECT gen_random_uuid()::text, 'bench-' || i || '@atlas.test', 'Bench ' || CASE WHEN i <= 5 THEN 'Admin ' ELSE 'Editor ' END || i, '!', CASE WHEN i <= 5 THEN 'ADMIN' ELSE 'EDITOR' END::"Role", now()
FROM generate_series(1, 55) i;
CREATE TEMP TABLE bench_users AS SELECT row_number() OVER (ORDER BY email) - 1 AS n, id, email FROM "User" WHERE email LIKE 'bench-%';
-- Each waiting revision is a change set of one (the revision and its set share an id).
CREATE TEMP TABLE bench_pending AS SELECT gen_random_uuid()::text AS id, i, (SELECT id FROM bench_users WHERE n = 5 + i % 50) AS author FROM generate_series(1, 10000) i;
INSERT INTO "ChangeSet" ("id", "authorId", "createdAt", "updatedAt") SELECT id, author, now(), now() FROM bench_pending;
INSERT INTO "Revision" ("id", "entryId", "kind", "action", "payload", "label", "baseVersion", "status", "authorId", "submittedAt", "createdAt", "updatedAt", "changeSetId")
SELECT p.id, r."entryId", 'EVENT', 'UPSERT', r.payload || jsonb_build_object('description', 'A proposed rewording ' || p.i || '.'), r.label, 1, 'SUBMITTED',
  p.author, now() - (10000 - p.i) * interval '1 minute', now(), now(), p.id
FROM bench_pending p JOIN bench_revisions r ON r."entryId" = 'event_bench-' || (p.i * 7);
INSERT INTO "AuditLog" ("at", "actorId", "actorEmail", "action", "targetType", "targetId", "data")
SELECT now() - (200000 - i) * interval '5 minutes', u.id, u.email,
  (ARRAY['revision.save','revision.submit','revision.approve','entry.publish','auth.sign_in','revision.reject'])[1 + i % 6],
  CASE WHEN i % 6 = 3 THEN 'EVENT' ELSE 'Revision' END, 'event_bench-' || (1 + i % :events), '{}'::jsonb
FROM generate_series(1, 200000) i JOIN bench_users u ON u.n = i % 55;

-- Entries were last changed at different moments, as in a real atlas (the admin's list is ordered by it).
UPDATE "Entry" e SET "updatedAt" = now() - o.n * interval '1 second'
FROM (SELECT "id", row_number() OVER (ORDER BY "id") AS n FROM "Entry" WHERE "id" LIKE '%bench-%') o WHERE e."id" = o."id";
