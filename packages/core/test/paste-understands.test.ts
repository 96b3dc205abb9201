import { beforeAll, describe, expect, it } from "vitest";

import { freshDatabase } from "@atlas/db/testing";

import type { Actor } from "../src/auth/actor.ts";
import { approveChangeSet } from "../src/change-sets/approve-change-set.ts";
import { getChangeSet } from "../src/change-sets/get-change-set.ts";
import { submitChangeSet } from "../src/change-sets/submit-change-set.ts";
import { buildChangeSet } from "../src/paste/build-change-set.ts";
import { getCountryPage } from "../src/public/country-page.ts";
import { getOrganizationPage } from "../src/public/organizations.ts";
import { makeActors } from "./support/actors.ts";

const ISA = "Mongolia joined the International Solar Alliance in 2022 as a full member.";
const MACRON = "Emmanuel Macron became the first French president to visit Mongolia, in May 2023, signing agreements on critical minerals and nuclear energy.";

describe("paste understands the sentence", () => {
  const t = freshDatabase("seeded");
  let editor: Actor;
  let admin: Actor;
  beforeAll(async () => {
    ({ editor, admin } = await makeActors(t.db));
  });
  const entriesOf = async (changeSetId: string) => {
    const set = await getChangeSet({ db: t.db, actor: editor, input: { changeSetId } });
    return { set, labels: set.entries.map((e) => [e.kind, e.label]).sort(), missing: set.entries.flatMap((e) => Object.keys(e.missing).map((f) => `${e.kind}.${f}`)) };
  };

  it("makes the ISA sentence a complete set: the organisation, Mongolia's membership since 2022 and the source; one approval publishes them", async () => {
    const built = await buildChangeSet({ db: t.db, actor: editor, input: { text: ISA, sourceTitle: "ISA members", sourceUrl: "https://example.org/isa" } });
    const { labels, missing } = await entriesOf(built.changeSetId);
    expect(labels).toEqual([
      ["MEMBERSHIP", "Mongolia in International Solar Alliance (member)"],
      ["ORGANIZATION", "International Solar Alliance"],
      ["SOURCE", "ISA members"],
    ]);
    expect(missing).toEqual([]);
    await submitChangeSet({ db: t.db, actor: editor, input: { changeSetId: built.changeSetId } });
    await approveChangeSet({ db: t.db, actor: admin, input: { changeSetId: built.changeSetId } });
    const page = await getOrganizationPage(t.db, "international-solar-alliance");
    expect(page?.members.map((m) => [m.country.name, m.statusLabel, m.since?.display])).toEqual([["Mongolia", "member", "2022"]]);
  });

  it("makes the Macron sentence a complete set: Macron, France, the visit and the source; France's page shows the visit once approved", async () => {
    const built = await buildChangeSet({ db: t.db, actor: editor, input: { text: MACRON, sourceTitle: "Macron in Ulaanbaatar" } });
    const { labels, missing } = await entriesOf(built.changeSetId);
    expect(labels).toEqual([
      ["COUNTRY", "France"],
      ["EVENT", "Emmanuel Macron became the first French president to visit Mongolia"],
      ["PERSON", "Emmanuel Macron"],
      ["SOURCE", "Macron in Ulaanbaatar"],
    ]);
    expect(missing).toEqual([]);
    const event = await t.db.revision.findFirstOrThrow({ where: { changeSetId: built.changeSetId, kind: "EVENT" } });
    expect(event.payload).toMatchObject({ start: "2023-05", type: "VISIT", placeCountryId: "country_mongolia", participants: [{ role: "French President" }] });
    // Slugs made as the forms make them (slugFor): the year, then up to twelve words of the title.
    expect(event.payload).toMatchObject({ slug: "2023-emmanuel-macron-became-the-first-french-president-to-visit-mongolia" });
    await submitChangeSet({ db: t.db, actor: editor, input: { changeSetId: built.changeSetId } });
    await approveChangeSet({ db: t.db, actor: admin, input: { changeSetId: built.changeSetId } });
    expect(JSON.stringify(await getCountryPage(t.db, "france"))).toContain("Emmanuel Macron became the first French president to visit Mongolia");
  });

  it("drafts only what the editor kept, with their corrections, and leaves a link to a dropped guess for them to fill", async () => {
    const built = await buildChangeSet({
      db: t.db,
      actor: editor,
      input: {
        text: "Mongolia joined the Global Biofuels Alliance in 2023 as an observer.",
        sourceTitle: "Biofuels",
        corrections: [
          { key: "membership:1", keep: true, status: "MEMBER", since: "2023-09" },
          { key: "org:global-biofuels-alliance", keep: false },
          { key: "event:9", keep: false },
        ],
      },
    });
    const { labels, missing } = await entriesOf(built.changeSetId);
    expect(labels.map(([kind]) => kind)).toEqual(["MEMBERSHIP", "SOURCE"]);
    expect(missing).toEqual(["MEMBERSHIP.organizationId"]);
    const membership = await t.db.revision.findFirstOrThrow({ where: { changeSetId: built.changeSetId, kind: "MEMBERSHIP" } });
    expect(membership.payload).toMatchObject({ countryId: "country_mongolia", status: "MEMBER", since: "2023-09" });
  });

  it("gives the event the role the editor corrected on the person", async () => {
    const built = await buildChangeSet({
      db: t.db,
      actor: editor,
      input: {
        text: "German Chancellor Angela Merkel visited Mongolia in October 2011.",
        corrections: [{ key: "person:angela-merkel", keep: true, role: "Chancellor of Germany" }],
      },
    });
    const event = await t.db.revision.findFirstOrThrow({ where: { changeSetId: built.changeSetId, kind: "EVENT" } });
    expect(event.payload).toMatchObject({ participants: [{ role: "Chancellor of Germany" }] });
  });

  it("refuses a correction it cannot use, naming it, and saves nothing", async () => {
    const before = await t.db.changeSet.count();
    await expect(
      buildChangeSet({ db: t.db, actor: editor, input: { text: ISA, corrections: [{ key: "membership:1", keep: true, status: "CHAMPION" as "MEMBER" }] } }),
    ).rejects.toThrow(/Some fields need attention/);
    expect(await t.db.changeSet.count()).toBe(before);
  });
});
