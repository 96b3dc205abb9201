import type { Tx } from "@atlas/db";
import type { EntryKind } from "@atlas/db/enums";

import type { Quoted, Quotes } from "../kinds/kind.ts";
import { kindOf, type AnyPayload } from "../kinds/registry.ts";
import { pathOf } from "../routes.ts";

/** A published entry as the search index sees it. */
export type IndexedEntry = { id: string; kind: EntryKind; label: string; payload: AnyPayload };
type Doc = { entryId: string; kind: EntryKind; title: string; body: string; path: string };

const quotesOf = (e: IndexedEntry): Quotes => kindOf(e.kind).search.quotes(e);

/** What the documents of these entries quote, read once for the batch (a query per kind of thing). */
export async function loadQuoted(tx: Tx, entries: IndexedEntry[]): Promise<Quoted> {
  const quotes = entries.map((e) => [e, quotesOf(e)] as const);
  const all = (pick: (q: Quotes) => (string | null | undefined)[] | undefined) => [...new Set(quotes.flatMap(([, q]) => pick(q) ?? []).filter((x): x is string => Boolean(x)))];
  // Stryker disable next-line MethodExpression: only narrows the roles query; roles are kept per person below
  const withRoles = quotes.filter(([, q]) => q.roles).map(([e]) => e.id);
  const [site, countries, people, organizations, roles] = await Promise.all([
    tx.site.findUnique({ where: { id: 1 }, select: { focusCountryId: true } }),
    // The ids only narrow these reads (each row is found by its id below), and `select: {}` reads
    // every column, the needed ones among them.
    // Stryker disable ObjectLiteral
    tx.country.findMany({ where: { id: { in: all((q) => q.countries) } }, select: { id: true, slug: true, name: true, aliases: true } }),
    tx.person.findMany({ where: { id: { in: all((q) => q.people) } }, select: { id: true, name: true, aliases: true } }),
    tx.organization.findMany({ where: { id: { in: all((q) => q.organizations) } }, select: { id: true, slug: true, name: true, acronym: true, aliases: true } }),
    // Stryker restore ObjectLiteral
    tx.eventParticipant.findMany({
      where: {
        // Stryker disable next-line ObjectLiteral: only narrows the query; roles are kept per person below
        personId: { in: withRoles },
        event: { entry: { status: "PUBLISHED" } },
      },
      select: { personId: true, role: true },
      distinct: ["personId", "role"],
    }),
  ]);
  const byPerson = new Map<string, string[]>();
  for (const r of roles) byPerson.set(r.personId, [...(byPerson.get(r.personId) ?? []), r.role]);
  return {
    focusId: site?.focusCountryId ?? null,
    countries: new Map(countries.map((c) => [c.id, c])),
    people: new Map(people.map((p) => [p.id, p])),
    organizations: new Map(organizations.map((o) => [o.id, o])),
    roles: byPerson,
  };
}

/**
 * Brings the search documents of these published entries in step with their payloads: the names
 * they quote are read once for the batch, and the documents are written in one statement (rows
 * whose text did not change are left alone, so their tsvector is not recomputed).
 */
export async function indexEntries(tx: Tx, entries: IndexedEntry[]): Promise<void> {
  // Stryker disable next-line ConditionalExpression: no entries make no documents, and the insert below is skipped for none; this saves the reads
  if (!entries.length) return;
  const quoted = await loadQuoted(tx, entries);
  const docs: Doc[] = entries.flatMap((e) => {
    const kind = kindOf(e.kind);
    const doc = kind.search.document(e, quoted);
    const page = kind.shownOn(e, quoted);
    return doc ? [{ entryId: e.id, kind: e.kind, ...doc, path: page ? pathOf(page) : "/" }] : [];
  });
  // Stryker disable next-line ConditionalExpression: inserting no rows writes nothing either; this only saves the round trip
  if (!docs.length) return;
  const column = <K extends keyof Doc>(k: K) => docs.map((d) => d[k]);
  await tx.$executeRaw`
    INSERT INTO "SearchDocument" ("entryId", "kind", "title", "body", "path", "updatedAt")
    SELECT u.id, u.kind::"EntryKind", u.title, u.body, u.path, now()
    FROM unnest(${column("entryId")}::text[], ${column("kind")}::text[], ${column("title")}::text[], ${column("body")}::text[], ${column("path")}::text[]) AS u(id, kind, title, body, path)
    ON CONFLICT ("entryId") DO UPDATE SET "title" = EXCLUDED."title", "body" = EXCLUDED."body", "path" = EXCLUDED."path", "updatedAt" = now()
    WHERE ("SearchDocument"."title", "SearchDocument"."body", "SearchDocument"."path") IS DISTINCT FROM (EXCLUDED."title", EXCLUDED."body", EXCLUDED."path")`;
}

/** Unpublished and deleted entries leave search. */
export async function unindexEntry(tx: Tx, id: string): Promise<void> {
  await tx.searchDocument.deleteMany({ where: { entryId: id } });
}
