import { SourceKind, SourceReliability } from "@atlas/db/enums";

import { dateColumns, joinText } from "../columns.ts";
import type { Kind } from "../kind.ts";
import { options, slugField } from "../shared-form.ts";
import { SOURCE_KIND_LABELS } from "./labels.ts";
import { RELIABILITY_LABELS } from "./reliability.ts";
import { ZSourcePayload } from "./schema.ts";

const day = (s: string | null) => (s ? new Date(`${s}T00:00:00Z`) : null);

export const source: Kind<"SOURCE", typeof ZSourcePayload> = {
  kind: "SOURCE",
  names: { one: "source", title: "Source", hint: "A work cited, with passages." },
  idPrefix: "source",
  schema: ZSourcePayload,
  form: [
    {
      title: "The source",
      fields: [
        { name: "title", label: "Title", type: "text", required: true },
        slugField("title"),
        { name: "kind", label: "Kind", type: "select", options: options(SourceKind, SOURCE_KIND_LABELS) },
        { name: "marker", label: "Reference number", type: "text", hint: "The number sources cite it by, like 24 for [24]." },
        { name: "author", label: "Author(s)", type: "text", hint: "As the work names them; several separated by semicolons." },
        { name: "publisher", label: "Publisher", type: "text" },
        { name: "publishedOn", label: "Published", type: "date", hint: "As precisely as the work says: 2009, 2009-05 or 2009-05-03." },
        { name: "url", label: "Web address", type: "text", hint: "The full address, starting with https://." },
        { name: "archiveUrl", label: "Archived copy", type: "text", hint: "The address of a copy kept by an archive (web.archive.org, archive.today)." },
        { name: "accessedOn", label: "Accessed on", type: "day", hint: "When the web address was consulted." },
        { name: "language", label: "Language", type: "text", hint: "A language code: en, mn, ru, zh." },
        {
          name: "reliability",
          label: "Reliability",
          type: "select",
          options: options(SourceReliability, RELIABILITY_LABELS),
          allowEmpty: true,
          hint: "The tier of the scale on the public About page; leave it unchosen until someone has assessed the work.",
        },
        { name: "note", label: "Note", type: "textarea" },
      ],
    },
    { title: "Passages", fields: [{ name: "excerpts", label: "Excerpts, word for word", type: "excerpts" }] },
  ],
  model: "source",
  statement: false,
  references: () => [],
  identity: ["title", "url"],
  unique: [
    { fields: ["slug"], where: (p) => ({ slug: p.slug }) },
    { fields: ["marker"], where: (p) => (p.marker ? { marker: p.marker } : null) },
  ],
  label: (p) => (p.marker ? `[${p.marker}] ${p.title}` : p.title),
  async write(tx, id, p) {
    const { excerpts, ...rest } = p;
    const published = dateColumns(p.publishedOn);
    const data = { ...rest, publishedOn: published.date, publishedPrecision: published.precision, accessedOn: day(p.accessedOn) };
    await tx.source.upsert({ where: { id }, create: { id, ...data }, update: data });
    // Excerpts keep their ids (citations point at them); ones no longer listed are removed,
    // which the database refuses while a citation still uses them.
    const keep = excerpts.map((e) => e.id);
    await tx.excerpt.deleteMany({ where: { sourceId: id, id: { notIn: keep } } });
    // Positions are unique per source: park the kept ones out of the way before renumbering.
    await tx.excerpt.updateMany({ where: { sourceId: id }, data: { position: { increment: 1_000_000 } } });
    for (const e of excerpts) {
      await tx.excerpt.upsert({
        where: { id: e.id },
        create: { id: e.id, sourceId: id, text: e.text, position: e.position },
        update: { sourceId: id, text: e.text, position: e.position },
      });
    }
  },
  links: [],
  quotedFields: [],
  search: {
    quotes: () => ({}),
    document: ({ payload: p }) => ({ title: p.title, body: joinText(SOURCE_KIND_LABELS[p.kind], p.author, p.publisher, p.note) }),
  },
  shownOn: ({ payload }) => ({ route: "source", slug: payload.slug }),
  async rules(p, { tx, id }) {
    const owned = await tx.excerpt.findMany({ where: { id: { in: p.excerpts.map((e) => e.id) } }, select: { id: true, sourceId: true } });
    const elsewhere = new Set(owned.filter((e) => e.sourceId !== id).map((e) => e.id));
    return p.excerpts.flatMap((e, i) => (elsewhere.has(e.id) ? [{ path: ["excerpts", i, "id"], message: `Excerpt "${e.id}" belongs to another source.` }] : []));
  },
  route: "source",
  tags: () => ({ lists: ["sources"], everywhere: true }),
  exportSet: "sources",
  seedFile: "sources.json",
};
