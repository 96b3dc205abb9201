import type { TSourcePayload } from "../schemas/source.ts";
import type { KindHandler } from "./types.ts";

const day = (s: string | null) => (s ? new Date(`${s}T00:00:00Z`) : null);

export const sourceKind: KindHandler<"SOURCE"> = {
  kind: "SOURCE",
  idPrefix: "source",
  model: "source",
  isStatement: false,
  references: () => [],
  unique: [
    { fields: ["slug"], where: (p) => ({ slug: p.slug }) },
    { fields: ["marker"], where: (p) => (p.marker ? { marker: p.marker } : null) },
  ],
  label: (p) => (p.marker ? `[${p.marker}] ${p.title}` : p.title),
  async apply(tx, id, p: TSourcePayload) {
    const { excerpts, ...rest } = p;
    const data = { ...rest, publishedOn: day(p.publishedOn), accessedOn: day(p.accessedOn) };
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
};
