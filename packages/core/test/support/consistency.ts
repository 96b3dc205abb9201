import type { Db } from "@atlas/db";

import { refreshEntriesIn } from "../../src/entries/search-refresh.ts";

class Rollback extends Error {}

/**
 * Everything that must agree after any crash, as a list of disagreements (empty when consistent):
 * published entries have their version's revision, their row in the read model, their citations
 * and search document; nothing unpublished is searchable; every admin's publish has its page
 * refresh recorded; and the search documents and labels are what the published payloads make.
 */
export async function inconsistencies(db: Db): Promise<string[]> {
  const problems = await db.$queryRaw<{ problem: string }[]>`
    SELECT 'entry ' || e.id || ' has no published revision at version ' || e.version AS problem
      FROM "Entry" e WHERE e.status = 'PUBLISHED' AND NOT EXISTS (SELECT 1 FROM "Revision" r WHERE r."entryId" = e.id AND r."publishedVersion" = e.version AND r.status = 'PUBLISHED')
    UNION ALL SELECT 'entry ' || e.id || ' is published but not searchable' FROM "Entry" e
      WHERE e.status = 'PUBLISHED' AND e.kind <> 'SOURCE' AND NOT EXISTS (SELECT 1 FROM "SearchDocument" d WHERE d."entryId" = e.id)
    UNION ALL SELECT 'search document of ' || d."entryId" || ' outlived its entry' FROM "SearchDocument" d JOIN "Entry" e ON e.id = d."entryId" WHERE e.status <> 'PUBLISHED'
    UNION ALL SELECT 'entry ' || e.id || ' has a revision published above its version' FROM "Entry" e JOIN "Revision" r ON r."entryId" = e.id WHERE r."publishedVersion" > e.version
    UNION ALL SELECT 'event ' || e.id || ' is published without its row' FROM "Entry" e WHERE e.kind = 'EVENT' AND e.status = 'PUBLISHED' AND NOT EXISTS (SELECT 1 FROM "Event" v WHERE v.id = e.id)
    UNION ALL SELECT 'event ' || e.id || ' has timeline links that differ from its payload' FROM "Entry" e JOIN "Revision" r ON r."entryId" = e.id AND r."publishedVersion" = e.version
      WHERE e.kind = 'EVENT' AND e.status = 'PUBLISHED' AND
        (SELECT coalesce(array_agg(x ORDER BY x), '{}') FROM jsonb_array_elements_text(r.payload->'countryIds') x) <>
        (SELECT coalesce(array_agg(c."countryId" ORDER BY c."countryId"), '{}') FROM "EventCountry" c WHERE c."eventId" = e.id)
    UNION ALL SELECT 'entry ' || e.id || ' has citations that differ from its payload' FROM "Entry" e JOIN "Revision" r ON r."entryId" = e.id AND r."publishedVersion" = e.version
      WHERE e.status = 'PUBLISHED' AND jsonb_array_length(coalesce(r.payload->'citations', '[]')) <> (SELECT count(*) FROM "Citation" c WHERE c."entryId" = e.id AND c."alternativeId" IS NULL AND c."field" IS NULL)
    UNION ALL SELECT 'entry ' || e.id || ' has status citations that differ from its payload' FROM "Entry" e JOIN "Revision" r ON r."entryId" = e.id AND r."publishedVersion" = e.version
      WHERE e.status = 'PUBLISHED' AND jsonb_array_length(coalesce(r.payload->'statusCitations', '[]')) <> (SELECT count(*) FROM "Citation" c WHERE c."entryId" = e.id AND c."field" = 'status')
    UNION ALL SELECT 'approved revision ' || r.id || ' has no page refresh recorded' FROM "Revision" r
      WHERE r."reviewerId" IS NOT NULL AND r.status = 'PUBLISHED' AND NOT EXISTS (SELECT 1 FROM "RevalidationJob" j WHERE j."revisionId" = r.id)`;
  const out = problems.map((p) => p.problem);
  // Writing every document and label again from the payloads must change nothing.
  try {
    await db.$transaction(
      async (tx) => {
        const snapshot = () =>
          tx.$queryRaw<{ row: string }[]>`SELECT e.id || '|' || e.label || '|' || coalesce(d.title, '') || '|' || coalesce(d.body, '') || '|' || coalesce(d.path, '') AS row
            FROM "Entry" e LEFT JOIN "SearchDocument" d ON d."entryId" = e.id WHERE e.status = 'PUBLISHED' ORDER BY e.id`;
        const before = await snapshot();
        const ids = (await tx.entry.findMany({ where: { status: "PUBLISHED" }, select: { id: true } })).map((e) => e.id);
        await refreshEntriesIn(tx, ids);
        const after = await snapshot();
        after.forEach((row, i) => {
          if (row.row !== before[i]?.row) out.push(`stale label or search document: ${before[i]?.row.slice(0, 120)} → ${row.row.slice(0, 120)}`);
        });
        throw new Rollback();
      },
      { timeout: 60_000 },
    );
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
  }
  return out;
}
