import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { seedDir } from "@atlas/db/paths";
import { freshDatabase } from "@atlas/db/testing";

// The seed text the atlas started from: each line a sourced sentence, [n] its citation markers.
const lines = (await readFile(path.join(seedDir, "seed-sentences.txt"), "utf8")).split("\n").filter((l) => l.trim());
const parse = (line: string) => {
  const m = /^((?:\[\d+\])+)\s*/.exec(line);
  return { markers: m ? [...m[1]!.matchAll(/\[(\d+)\]/g)].map((x) => x[1]!) : [], text: m ? line.slice(m[0].length) : line };
};

describe("seed coverage", () => {
  const t = freshDatabase("seeded");

  it("is the seed text the atlas started from, unchanged: 22 sentences", async () => {
    // The SHA-256 of the seed file this repository was given (shared/seeds/000_28e1599c161e81c8.txt).
    const text = await readFile(path.join(seedDir, "seed-sentences.txt"));
    expect(createHash("sha256").update(text).digest("hex")).toBe("f87a135798a40f0adf5ed7e2666de36406861ac8d5b6d0d477529dfa44a72301");
    expect(lines).toHaveLength(22);
  });

  it.each(lines.map((line, i) => [i + 1, line] as const))("keeps sentence %i word for word, cited by a published entry through its own markers", async (_n, line) => {
    const { markers, text } = parse(line);
    const excerpt = await t.db.excerpt.findFirst({
      where: { text },
      include: { citations: { include: { source: true, entry: true } } },
    });
    expect(excerpt, `no excerpt holds: ${text}`).not.toBeNull();
    const published = excerpt!.citations.filter((c) => c.entry.status === "PUBLISHED");
    expect(published.length).toBeGreaterThan(0);
    const cited = new Set(published.map((c) => c.source.marker));
    if (markers.length) expect([...cited].sort()).toEqual([...markers].sort());
    else expect(published.every((c) => c.source.kind === "DOCUMENT")).toBe(true);
  });

  it("lists every organisation of the last sentence, with Mongolia's status in each", async () => {
    const lastLine = parse(lines.at(-1)!).text;
    const listed = lastLine.split(" Mongolia did not join")[0]!.split(", ");
    expect(listed).toHaveLength(40);
    const memberships = await t.db.membership.findMany({
      where: { country: { slug: "mongolia" } },
      include: { organization: true },
    });
    for (const item of listed) {
      const [, abbreviation, observer] = /^(\S+)( \(observer\))?$/.exec(item)!;
      const m = memberships.find((x) => x.organization.acronym === abbreviation || x.organization.aliases.includes(abbreviation!));
      expect(m, `no membership for ${abbreviation}`).toBeDefined();
      const expected = observer ? "OBSERVER" : abbreviation === "OSCE" ? "PARTNER" : "MEMBER";
      expect(m!.status, abbreviation).toBe(expected);
    }
  });

  it("records what the issue names: UN since 1961, Russia's five missions, relations with North Korea from 1948", async () => {
    const un = await t.db.membership.findFirstOrThrow({ where: { country: { slug: "mongolia" }, organization: { slug: "united-nations" } } });
    expect(un.sinceDate?.getUTCFullYear()).toBe(1961);
    const missions = await t.db.mission.findMany({ where: { host: { slug: "russia" } }, orderBy: { city: "asc" } });
    expect(missions.map((m) => `${m.type} ${m.city}`)).toEqual([
      "CONSULATE_GENERAL Irkutsk",
      "CONSULATE_GENERAL Kyzyl",
      "EMBASSY Moscow",
      "CONSULATE_GENERAL Ulan-Ude",
      "BRANCH_OFFICE Yekaterinburg",
    ]);
    const nk = await t.db.relationship.findFirstOrThrow({ where: { counterpart: { slug: "north-korea" } } });
    expect([nk.establishedOn?.getUTCFullYear(), nk.establishedPrecision]).toEqual([1948, "YEAR"]);
    const refugees = await t.db.fact.findFirstOrThrow({ where: { subject: { contains: "refugees" } }, include: { entry: true } });
    expect([Number(refugees.value), refugees.unit, refugees.entry.certainty, refugees.entry.attribution]).toEqual([500, "people per month", "ESTIMATE", "One scholar"]);
    const roc = await t.db.event.findFirstOrThrow({ where: { slug: "2002-roc-recognises-mongolian-sovereignty" }, include: { entry: true } });
    expect(roc.entry.official).toBe(false);
  });
});
