import type { TEventPayload } from "../schemas/event.ts";
import { dateColumns } from "./dates.ts";
import { ref, refs, type KindHandler } from "./types.ts";

export const eventKind: KindHandler<"EVENT"> = {
  kind: "EVENT",
  idPrefix: "event",
  model: "event",
  isStatement: true,
  references: (p) => [
    ...ref("COUNTRY", ["placeCountryId"], p.placeCountryId),
    ...refs("COUNTRY", "countryIds", p.countryIds),
    ...refs("ORGANIZATION", "organizationIds", p.organizationIds),
    ...p.participants.flatMap((x, i) => [...ref("PERSON", ["participants", i, "personId"], x.personId), ...ref("COUNTRY", ["participants", i, "countryId"], x.countryId)]),
  ],
  unique: [{ fields: ["slug"], where: (p) => ({ slug: p.slug }) }],
  label: (p) => p.title,
  async apply(tx, id, p: TEventPayload) {
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
};
