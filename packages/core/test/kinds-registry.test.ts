import { describe, expect, it } from "vitest";

import { seedDir } from "@atlas/db/paths";
import { freshDatabase } from "@atlas/db/testing";

import { validatePayload } from "../src/drafts/validate-payload.ts";
import { loadQuoted } from "../src/entries/search-document.ts";
import { ALL_KINDS, KIND_ORDER, kindOf, KINDS, PAGED_KINDS } from "../src/kinds/registry.ts";
import { STATEMENT_KINDS } from "../src/kinds/sync-statement-kinds.ts";
import { pathOf } from "../src/routes.ts";
import { loadSeedFiles } from "../src/seed/load-seed-files.ts";

// Every kind is one folder plus one line in the registry; everything else derives from it. This
// walks the registry and fails, naming the kind and the facet, when a kind is incomplete or its
// facets disagree with the database.

const { entries } = await loadSeedFiles(seedDir);
const sampleOf = (kind: (typeof ALL_KINDS)[number]) => entries.find((e) => e.kind === kind);

describe("the registry of kinds", () => {
  const t = freshDatabase("seeded");

  it.each(ALL_KINDS)("%s has every facet", (kind) => {
    const k = kindOf(kind);
    expect(k.kind).toBe(kind);
    for (const name of [k.names.one, k.names.title, k.names.hint, k.idPrefix, k.exportSet]) expect(name.trim()).not.toBe("");
    for (const facet of [k.references, k.label, k.write, k.search.quotes, k.search.document, k.shownOn, k.tags]) expect(facet).toBeTypeOf("function");
    expect(k.form.length).toBeGreaterThan(0);
  });

  it.each(ALL_KINDS)("%s: its form edits exactly the fields its schema holds", (kind) => {
    const k = kindOf(kind);
    const formFields = k.form.flatMap((s) => s.fields.map((f) => f.name)).sort();
    expect(formFields).toEqual(Object.keys(k.schema.shape).sort());
  });

  it("gives every kind its own id prefix, export set and seed file", () => {
    for (const facet of ["idPrefix", "exportSet", "seedFile"] as const) {
      const values = ALL_KINDS.map((k) => KINDS[k][facet]).filter((v) => v !== null);
      expect(new Set(values).size, facet).toBe(values.length);
    }
  });

  it("orders the kinds so that every link points to a kind written before", () => {
    for (const kind of ALL_KINDS) {
      for (const link of kindOf(kind).links) if (link.to !== kind) expect(KIND_ORDER.indexOf(link.to), `${kind} → ${link.to}`).toBeLessThan(KIND_ORDER.indexOf(kind));
    }
  });

  it("names only tables and columns that exist in its links and models", async () => {
    const columns = await t.db.$queryRaw<{ table_name: string; column_name: string }[]>`
      SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema()`;
    const has = (table: string, column: string) => columns.some((c) => c.table_name === table && c.column_name === column);
    for (const kind of ALL_KINDS) {
      const k = kindOf(kind);
      expect(t.db[k.model], `${kind}.model`).toBeDefined();
      for (const link of k.links) {
        expect(has(link.table, link.column), `${kind}: ${link.table}.${link.column}`).toBe(true);
        expect(has(link.table, link.owner), `${kind}: ${link.table}.${link.owner}`).toBe(true);
      }
    }
  });

  it("tells the database which kinds are statements, and those kinds cite sources", async () => {
    const rows = await t.db.statementKind.findMany();
    expect(rows.map((r) => r.kind).sort()).toEqual([...STATEMENT_KINDS].sort());
    for (const kind of STATEMENT_KINDS) expect(Object.keys(kindOf(kind).schema.shape), kind).toContain("citations");
  });

  it("gives every kind with pages a slug, and every page an address", () => {
    for (const kind of PAGED_KINDS) {
      expect(Object.keys(kindOf(kind).schema.shape), kind).toContain("slug");
      expect(pathOf({ route: KINDS[kind].route!, slug: "x" })).toMatch(/^\/[a-z]+\/x$/);
    }
  });

  it.each(ALL_KINDS)("%s: a seeded entry validates, and is labelled, indexed, tagged and placed on a page", async (kind) => {
    const seed = sampleOf(kind);
    expect(seed, `the seed has no ${kind}`).toBeDefined();
    const k = kindOf(kind);
    const checked = await t.db.$transaction((tx) => validatePayload(tx, kind, seed!.id, seed!.payload));
    const entry = { id: seed!.id, kind, label: checked.label, payload: checked.payload };
    expect(checked.label.trim()).not.toBe("");
    const quoted = await t.db.$transaction((tx) => loadQuoted(tx, [entry]));
    const doc = k.search.document(entry, quoted);
    if (doc) expect(doc.title.trim()).not.toBe("");
    const page = k.shownOn(entry, quoted);
    if (page) expect(pathOf(page)).toMatch(/^\//);
    const tags = k.tags(checked.payload);
    expect(Object.keys(tags).length, `${kind} touches no public page`).toBeGreaterThan(0);
  });
});
