-- Synthetic data for the benchmark: 200 countries, 10,000 sources, 100,000 events (each with two
-- countries, a source and a search document), missions and memberships, all published. Runs on a
-- migrated and seeded database, whose focus country stays the subject of every relationship.
-- Placeholders: :countries, :sources, :events are replaced by the script.

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
  initcap((SELECT w FROM bench_words WHERE n = (i * 7) % 40)) || ' ' || (SELECT w FROM bench_words WHERE n = (i * 13 + 5) % 40) || ' with Benchland ' || (1 + i % :countries) AS title,
  'Synthetic event ' || i || ' about ' || (SELECT w FROM bench_words WHERE n = (i * 17 + 11) % 40) || ' and ' || (SELECT w FROM bench_words WHERE n = (i * 19 + 3) % 40) || '.' AS description,
  (date '1900-01-01' + ((i * 37) % 45600) * interval '1 day')::date AS day
FROM generate_series(1, :events) i;

INSERT INTO "Entry" ("id", "kind", "status", "version", "label", "publishedAt", "updatedAt")
SELECT 'event_bench-' || i, 'EVENT', 'PUBLISHED', 1, title, now() - i * interval '1 second', now() FROM bench_events;
INSERT INTO "Event" ("id", "slug", "title", "description", "type", "startDate", "startPrecision")
SELECT 'event_bench-' || i, 'bench-event-' || i, title, description,
  (ARRAY['VISIT','AGREEMENT','TRADE_INVESTMENT','COOPERATION','STATEMENT','AID','DELEGATION','MIGRATION']::"EventType"[])[1 + i % 8],
  date_trunc('month', day)::date, 'MONTH'
FROM bench_events;
INSERT INTO "EventCountry" ("eventId", "countryId", "startDate") SELECT 'event_bench-' || i, 'country_bench-' || (1 + i % :countries), date_trunc('month', day)::date FROM bench_events;
INSERT INTO "EventCountry" ("eventId", "countryId", "startDate") SELECT 'event_bench-' || i, (SELECT "focusCountryId" FROM "Site" WHERE "id" = 1), date_trunc('month', day)::date FROM bench_events;
INSERT INTO "Citation" ("id", "entryId", "sourceId") SELECT gen_random_uuid()::text, 'event_bench-' || i, 'source_bench-' || (1 + i % :sources) FROM bench_events;
INSERT INTO "SearchDocument" ("entryId", "kind", "title", "body", "path", "updatedAt")
SELECT 'event_bench-' || i, 'EVENT', title, description, '/events/bench-event-' || i, now() FROM bench_events;
