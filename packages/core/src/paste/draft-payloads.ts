import type { EntryKind } from "@atlas/db/enums";

import { slugFor } from "../kinds/slugs.ts";
import type { Reading } from "./reading.ts";

type Citation = { sourceId: string; excerptId: string | null; locator: null };
type Draft = { key: string; kind: EntryKind; payload: () => Record<string, unknown> };

/**
 * The drafts a reading makes, in the order they can be written: the entries first (countries,
 * then organisations and people, who may belong to a new country), then the statements that
 * link them. Payloads are built lazily, once the ids of the entries before them are known.
 * Entries the atlas has, and statements it already records, are linked, not drafted again.
 */
export function payloadsOf(reading: Reading, idOf: (key: string | null) => string | null, citations: Citation[]): Draft[] {
  const drafts: Draft[] = [];
  const g = reading.guesses;
  for (const c of g) {
    if (c.kind === "COUNTRY" && !c.atlasId && c.fresh)
      drafts.push({
        key: c.key,
        kind: "COUNTRY",
        payload: () => ({ ...c.fresh, name: c.name, slug: slugFor("COUNTRY", { name: c.name }), kind: "STATE", aliases: [], citations }),
      });
  }
  for (const o of g) {
    if (o.kind === "ORGANIZATION" && !o.atlasId)
      drafts.push({
        key: o.key,
        kind: "ORGANIZATION",
        payload: () => ({ name: o.name, slug: slugFor("ORGANIZATION", { name: o.name }), acronym: o.acronym, kind: o.organizationKind, aliases: [], citations }),
      });
  }
  for (const p of g) {
    if (p.kind === "PERSON" && !p.atlasId)
      drafts.push({
        key: p.key,
        kind: "PERSON",
        payload: () => ({ name: p.name, slug: slugFor("PERSON", { name: p.name }), countryId: idOf(p.countryKey), aliases: [], citations }),
      });
  }
  for (const s of g) {
    switch (s.kind) {
      case "MEMBERSHIP":
        if (!s.atlasId)
          drafts.push({
            key: s.key,
            kind: "MEMBERSHIP",
            payload: () => ({ countryId: idOf(s.countryKey), organizationId: idOf(s.organizationKey), status: s.status, since: s.since, until: s.until, citations }),
          });
        break;
      case "MISSION":
        if (!s.atlasId)
          drafts.push({
            key: s.key,
            kind: "MISSION",
            payload: () => ({ type: s.type, senderId: idOf(s.senderKey), hostId: idOf(s.hostKey), city: s.city, opened: s.opened, citations }),
          });
        break;
      case "FACT":
        drafts.push({
          key: s.key,
          kind: "FACT",
          payload: () => ({
            subject: s.subject,
            value: s.value,
            unit: s.unit,
            approximate: s.approximate,
            year: s.year,
            countryId: idOf(s.countryKey),
            certainty: s.certainty,
            attribution: s.attribution,
            citations,
          }),
        });
        break;
      case "EVENT":
        drafts.push({
          key: s.key,
          kind: "EVENT",
          payload: () => {
            const participants = s.participants.flatMap((p) => {
              const personId = idOf(p.personKey);
              return personId ? [{ personId, role: p.role, countryId: idOf(p.countryKey) }] : [];
            });
            const countryIds = s.countryKeys.map(idOf).filter((id): id is string => !!id);
            return {
              title: s.title,
              slug: slugFor("EVENT", { title: s.title, start: s.start ?? "" }),
              description: reading.text,
              type: s.type,
              start: s.start ?? "",
              end: s.end,
              place: s.place,
              placeCountryId: idOf(s.placeCountryKey),
              countryIds: [...new Set(countryIds)],
              participants,
              organizationIds: [...new Set(s.organizationKeys.map(idOf).filter((id): id is string => !!id))],
              citations,
            };
          },
        });
        break;
      default:
    }
  }
  return drafts;
}
