import type { z } from "zod";

import { stripMarkers } from "../../citations/markers.ts";
import { formatFuzzyDate, parseFuzzyDate } from "../../dates/fuzzy-date.ts";
import { dateColumns, joinText, ref, refs } from "../columns.ts";
import type { Kind } from "../kind.ts";
import { eventForm } from "./form.ts";
import { EVENT_TYPE_LABELS } from "./labels.ts";
import { ZEventPayload, ZParticipant } from "./schema.ts";

const dateText = (v: string) => {
  const p = parseFuzzyDate(v);
  return "error" in p ? v : formatFuzzyDate(p.date, p.precision);
};

// Field by field, in the schema's order: a published payload comes back from jsonb with its keys
// reordered, so the lists' JSON text alone would differ for the same participants.
type Participant = z.infer<typeof ZParticipant>;
const PARTICIPANT_FIELDS = Object.keys(ZParticipant.shape) as (keyof Participant)[];
const participantsText = (list: Participant[] | undefined) => JSON.stringify((list ?? []).map((x) => PARTICIPANT_FIELDS.map((f) => x[f] ?? null)));

export const event: Kind<"EVENT", typeof ZEventPayload> = {
  kind: "EVENT",
  names: { one: "event", title: "Event", hint: "A dated happening: a visit, an agreement, a recognition…" },
  idPrefix: "event",
  schema: ZEventPayload,
  form: eventForm,
  model: "event",
  statement: true,
  references: (p) => [
    ...ref("COUNTRY", ["placeCountryId"], p.placeCountryId),
    ...refs("COUNTRY", "countryIds", p.countryIds),
    ...refs("ORGANIZATION", "organizationIds", p.organizationIds),
    ...p.participants.flatMap((x, i) => [...ref("PERSON", ["participants", i, "personId"], x.personId), ...ref("COUNTRY", ["participants", i, "countryId"], x.countryId)]),
  ],
  unique: [{ fields: ["slug"], where: (p) => ({ slug: p.slug }) }],
  label: (p) => p.title,
  async write(tx, id, p) {
    const start = dateColumns(p.start);
    const end = dateColumns(p.end);
    const data = {
      slug: p.slug,
      title: p.title,
      description: p.description,
      type: p.type,
      startDate: start.date!,
      startPrecision: start.precision!,
      endDate: end.date,
      endPrecision: end.precision,
      place: p.place,
      placeCountryId: p.placeCountryId,
    };
    await tx.event.upsert({ where: { id }, create: { id, ...data }, update: data });
    await tx.eventCountry.deleteMany({ where: { eventId: id } });
    await tx.eventCountry.createMany({ data: p.countryIds.map((countryId) => ({ eventId: id, countryId, startDate: start.date! })) });
    await tx.eventParticipant.deleteMany({ where: { eventId: id } });
    await tx.eventParticipant.createMany({
      data: p.participants.map((x, position) => ({ eventId: id, personId: x.personId, role: x.role, countryId: x.countryId, position })),
    });
    await tx.eventOrganization.deleteMany({ where: { eventId: id } });
    await tx.eventOrganization.createMany({ data: p.organizationIds.map((organizationId) => ({ eventId: id, organizationId })) });
  },
  links: [
    { to: "COUNTRY", table: "EventCountry", column: "countryId", owner: "eventId" },
    { to: "COUNTRY", table: "Event", column: "placeCountryId", owner: "id" },
    { to: "COUNTRY", table: "EventParticipant", column: "countryId", owner: "eventId" },
    { to: "PERSON", table: "EventParticipant", column: "personId", owner: "eventId" },
    { to: "ORGANIZATION", table: "EventOrganization", column: "organizationId", owner: "eventId" },
  ],
  quotedFields: [],
  search: {
    // People's documents list the roles they held in events. (Plain JSON compare, not node:util:
    // forms load this file.)
    alsoRefresh: (before, after) =>
      participantsText(before?.participants) === participantsText(after?.participants)
        ? []
        : [...new Set([...(before?.participants ?? []), ...(after?.participants ?? [])].map((x) => x.personId))],
    quotes: ({ payload: p }) => ({ countries: [...p.countryIds, p.placeCountryId], people: p.participants.map((x) => x.personId), organizations: p.organizationIds }),
    document: ({ payload: p }, q) => ({
      title: p.title,
      body: joinText(
        dateText(p.start),
        EVENT_TYPE_LABELS[p.type],
        p.place,
        p.countryIds.map((x) => q.countries.get(x)?.name).join(", "),
        p.countryIds.flatMap((x) => q.countries.get(x)?.aliases ?? []).join(", "),
        p.participants.map((x) => `${joinText(q.people.get(x.personId)?.name, ...(q.people.get(x.personId)?.aliases ?? []))}, ${x.role}`).join("; "),
        // Linked organisations by every name they go by: "Putin ICC" finds the visit.
        p.organizationIds
          .map((id) => q.organizations.get(id))
          .map((o) => o && joinText(o.name, o.acronym, ...o.aliases))
          .filter(Boolean)
          .join(", "),
        stripMarkers(p.description),
      ),
    }),
  },
  shownOn: ({ payload }) => ({ route: "event", slug: payload.slug }),
  route: "event",
  tags: (p) => ({
    countries: [...p.countryIds, p.placeCountryId, ...p.participants.map((x) => x.countryId)],
    organizations: p.organizationIds,
    people: p.participants.map((x) => x.personId),
    lists: ["countries", "timeline", "feeds", "people"],
  }),
  exportSet: "events",
  seedFile: "events.json",
};
