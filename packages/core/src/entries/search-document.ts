import type { Tx } from "@atlas/db";
import type { EntryKind } from "@atlas/db/enums";

import { formatFuzzyDate, parseFuzzyDate } from "../dates/fuzzy-date.ts";
import { EVENT_TYPE_LABELS, MEMBERSHIP_STATUS_LABELS, MISSION_TYPE_LABELS } from "./labels.ts";
import type { AnyPayload, PayloadOf } from "./schemas/index.ts";

/** A published entry as the search index sees it. */
export type IndexedEntry = { id: string; kind: EntryKind; label: string; payload: AnyPayload };
type Doc = { entryId: string; kind: EntryKind; title: string; body: string; path: string };

/** What documents quote from other entries, loaded once for a whole batch. */
type Quoted = {
  focusId: string | null;
  countries: Map<string, { slug: string; name: string; aliases: string[] }>;
  people: Map<string, { name: string; aliases: string[] }>;
  organizations: Map<string, { slug: string; name: string; acronym: string | null; aliases: string[] }>;
  /** A person's roles in published events ("U.S. Vice President"). */
  roles: Map<string, string[]>;
};

const dateText = (v: string | null | undefined) => {
  if (!v) return "";
  const p = parseFuzzyDate(v);
  return "error" in p ? v : formatFuzzyDate(p.date, p.precision);
};

/** The public page a country's statements live on: the focus country's is the home page. */
const countryPath = (slug: string | undefined, isFocus: boolean) => (isFocus || !slug ? "/" : `/countries/${slug}`);

// A visible separator: result snippets show the document body on one line.
const join = (...parts: (string | null | undefined | false)[]) => parts.filter(Boolean).join(" · ");

/** Ids of the entries a document of this entry quotes. */
function quotedIds(e: IndexedEntry): { countries: (string | null)[]; people: string[]; organizations: string[]; roles: string[] } {
  const none = { countries: [], people: [], organizations: [], roles: [] };
  switch (e.kind) {
    case "EVENT": {
      const p = e.payload as PayloadOf<"EVENT">;
      return { countries: [...p.countryIds, p.placeCountryId], people: p.participants.map((x) => x.personId), organizations: p.organizationIds, roles: [] };
    }
    case "FACT":
      return { ...none, countries: [(e.payload as PayloadOf<"FACT">).countryId] };
    case "MISSION": {
      const p = e.payload as PayloadOf<"MISSION">;
      return { ...none, countries: [p.senderId, p.hostId] };
    }
    case "RELATIONSHIP":
      return { ...none, countries: [(e.payload as PayloadOf<"RELATIONSHIP">).counterpartId] };
    case "BODY":
      return { ...none, countries: (e.payload as PayloadOf<"BODY">).countryIds };
    case "MEMBERSHIP":
      return { ...none, organizations: [(e.payload as PayloadOf<"MEMBERSHIP">).organizationId] };
    case "PERSON":
      return { ...none, roles: [e.id] };
    default:
      return none;
  }
}

async function loadQuoted(tx: Tx, entries: IndexedEntry[]): Promise<Quoted> {
  const ids = entries.map(quotedIds);
  const all = (pick: (q: ReturnType<typeof quotedIds>) => (string | null)[]) => [...new Set(ids.flatMap(pick).filter((x): x is string => Boolean(x)))];
  const [site, countries, people, organizations, roles] = await Promise.all([
    tx.site.findUnique({ where: { id: 1 }, select: { focusCountryId: true } }),
    tx.country.findMany({ where: { id: { in: all((q) => q.countries) } }, select: { id: true, slug: true, name: true, aliases: true } }),
    tx.person.findMany({ where: { id: { in: all((q) => q.people) } }, select: { id: true, name: true, aliases: true } }),
    tx.organization.findMany({ where: { id: { in: all((q) => q.organizations) } }, select: { id: true, slug: true, name: true, acronym: true, aliases: true } }),
    tx.eventParticipant.findMany({
      where: { personId: { in: all((q) => q.roles) }, event: { entry: { status: "PUBLISHED" } } },
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

/** What search finds for a published entry, and where the result links; null for kinds not searched. */
function documentOf(e: IndexedEntry, q: Quoted): Omit<Doc, "entryId" | "kind"> | null {
  const country = (id: string | null | undefined) => (id ? q.countries.get(id) : undefined);
  switch (e.kind) {
    case "COUNTRY": {
      const p = e.payload as PayloadOf<"COUNTRY">;
      return { title: p.name, body: join(p.officialName, p.aliases.join(", "), p.capital, p.subregion, p.summary), path: countryPath(p.slug, e.id === q.focusId) };
    }
    case "ORGANIZATION": {
      const p = e.payload as PayloadOf<"ORGANIZATION">;
      return { title: e.label, body: join(p.aliases.join(", "), p.headquarters, p.description), path: `/organizations/${p.slug}` };
    }
    case "PERSON": {
      const p = e.payload as PayloadOf<"PERSON">;
      return { title: p.name, body: join(p.aliases.join(", "), p.description, (q.roles.get(e.id) ?? []).join("; ")), path: `/people/${p.slug}` };
    }
    case "EVENT": {
      const p = e.payload as PayloadOf<"EVENT">;
      const participants = p.participants.map((x) => `${q.people.get(x.personId)?.name ?? ""}, ${x.role}`);
      const organizations = p.organizationIds.map((id) => q.organizations.get(id)).map((o) => o && join(o.name, o.acronym));
      return {
        title: p.title,
        body: join(
          dateText(p.start),
          EVENT_TYPE_LABELS[p.type],
          p.place,
          p.countryIds.map((x) => country(x)?.name).join(", "),
          participants.join("; "),
          organizations.filter(Boolean).join(", "),
          p.description,
        ),
        path: `/events/${p.slug}`,
      };
    }
    case "FACT": {
      const p = e.payload as PayloadOf<"FACT">;
      const c = country(p.countryId);
      return {
        title: p.subject,
        body: join(`${p.value}${p.valueHigh ? `–${p.valueHigh}` : ""} ${p.unit}`, p.year ? String(p.year) : null, p.attribution, p.certainty === "ESTIMATE" && "estimate", c?.name),
        path: `${countryPath(c?.slug, p.countryId === q.focusId)}#fact-${e.id}`,
      };
    }
    case "MISSION": {
      const p = e.payload as PayloadOf<"MISSION">;
      const other = p.senderId === q.focusId ? country(p.hostId) : country(p.senderId);
      return { title: e.label, body: join(MISSION_TYPE_LABELS[p.type], p.city, p.name, country(p.hostId)?.name), path: `${countryPath(other?.slug, false)}#missions` };
    }
    case "RELATIONSHIP": {
      const p = e.payload as PayloadOf<"RELATIONSHIP">;
      return { title: e.label, body: p.summary, path: countryPath(country(p.counterpartId)?.slug, false) };
    }
    case "BODY": {
      const p = e.payload as PayloadOf<"BODY">;
      const other = p.countryIds.find((x) => x !== q.focusId);
      return { title: p.name, body: join(p.description, p.dissolved && `dissolved ${dateText(p.dissolved)}`), path: `${countryPath(country(other)?.slug, false)}#bodies` };
    }
    case "MEMBERSHIP": {
      const p = e.payload as PayloadOf<"MEMBERSHIP">;
      return { title: e.label, body: join(MEMBERSHIP_STATUS_LABELS[p.status], p.note), path: `/organizations/${q.organizations.get(p.organizationId)?.slug ?? ""}` };
    }
    case "SOURCE":
      return null;
  }
}

/**
 * Brings the search documents of these published entries in step with their payloads: the names
 * they quote are read once for the batch, and the documents are written in one statement (rows
 * whose text did not change are left alone, so their tsvector is not recomputed).
 */
export async function indexEntries(tx: Tx, entries: IndexedEntry[]): Promise<void> {
  if (!entries.length) return;
  const quoted = await loadQuoted(tx, entries);
  const docs = entries.flatMap((e) => {
    const doc = documentOf(e, quoted);
    return doc ? [{ entryId: e.id, kind: e.kind, ...doc }] : [];
  });
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
