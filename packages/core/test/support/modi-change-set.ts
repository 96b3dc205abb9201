import type { Db } from "@atlas/db";

import type { Actor } from "../../src/auth/actor.ts";
import { saveDraft } from "../../src/drafts/save-draft.ts";

export const MODI_SENTENCE =
  "In 2015, Indian Prime Minister Narendra Modi visited Ulaanbaatar, the first visit to Mongolia by an Indian prime minister, and announced a US$1 billion credit line.";

/** The four new entries of issue 11's example, as an editor writes them; `tag` keeps slugs and ids apart between sets. */
export const modiPayloads = (tag: string, ids: { countryId: string; personId: string; sourceId: string }) => ({
  country: { slug: `india${tag}`, name: `India${tag}`, region: "Asia", capital: "New Delhi", ...(tag ? {} : { iso2: "IN", iso3: "IND" }) },
  source: {
    slug: `modi-visit-report${tag}`,
    title: `Modi in Ulaanbaatar${tag}`,
    kind: "WEB",
    url: "https://example.org/modi-2015",
    excerpts: [{ id: `excerpt_modi${tag.replace(/-/g, "")}`, text: MODI_SENTENCE, position: 0 }],
  },
  person: { slug: `narendra-modi${tag}`, name: `Narendra Modi${tag}`, countryId: ids.countryId },
  event: {
    slug: `2015-modi-visit${tag}`,
    title: `Modi visits Mongolia${tag}`,
    description: MODI_SENTENCE,
    type: "VISIT",
    start: "2015-05",
    place: "Ulaanbaatar",
    countryIds: [ids.countryId, "country_mongolia"],
    participants: [{ personId: ids.personId, role: "Prime Minister of India", countryId: ids.countryId }],
    citations: [{ sourceId: ids.sourceId, excerptId: `excerpt_modi${tag.replace(/-/g, "")}` }],
  },
});

/**
 * Writes issue 11's example as one change set: India, its source, Modi, then the event linking
 * to all three — every draft naming entries that exist only in this change set.
 */
export async function draftModiChangeSet(db: Db, editor: Actor, tag = "") {
  const blank = modiPayloads(tag, { countryId: "", personId: "", sourceId: "" });
  const country = await saveDraft({ db, actor: editor, input: { kind: "COUNTRY", payload: blank.country } });
  const { changeSetId } = country;
  const source = await saveDraft({ db, actor: editor, input: { kind: "SOURCE", changeSetId, payload: blank.source } });
  const person = await saveDraft({ db, actor: editor, input: { kind: "PERSON", changeSetId, payload: { ...blank.person, countryId: country.entryId } } });
  const payloads = modiPayloads(tag, { countryId: country.entryId, personId: person.entryId, sourceId: source.entryId });
  const event = await saveDraft({ db, actor: editor, input: { kind: "EVENT", changeSetId, payload: payloads.event } });
  return { changeSetId, country, source, person, event, payloads };
}
