import { z } from "zod";

import { Certainty, EventType, MembershipStatus, MissionType, PolityKind, RelationshipStage, RelationshipStatus, SourceReliability } from "@atlas/db/enums";

// What /api/v1 answers: data for programs, versioned with the API. Not the pages' view models:
// no display strings, no footnote numbers — a change to a page is never a change to the API.
// Each schema names itself (meta id) so the OpenAPI document lists it once, as a component.

export const ZApiDate = z
  .object({
    edtf: z
      .string()
      .regex(/^\d{3}[\dX](-(0[1-9]|1[0-2]|2[1-4])(-(0[1-9]|[12]\d|3[01]))?)?$/)
      .meta({
        description:
          "Extended Date/Time Format (ISO 8601-2), exactly as precise as the sources: 2011-08-22 (a day), 2011-08 (a month), 2007-22 (summer 2007; 21–24 are spring to winter), 1961 (a year), 199X (the 1990s).",
        examples: ["2011-08", "2007-22"],
      }),
    earliest: z.iso.date().meta({ description: "The first day the date can mean (seasons are meteorological, northern hemisphere)." }),
    latest: z.iso.date().meta({ description: "The last day the date can mean." }),
  })
  .meta({ id: "EdtfDate" });

export const ZApiCountryRef = z.object({ id: z.string(), slug: z.string(), name: z.string() }).meta({ id: "CountryRef" });

export const ZApiCitation = z
  .object({
    source: z.object({
      id: z.string(),
      slug: z.string(),
      title: z.string(),
      url: z.url().nullable(),
      kind: z.string(),
      reliability: z
        .enum(SourceReliability)
        .nullable()
        .meta({ description: "The editors' tier on the scale /about explains (primary record, reliable secondary, use with care, cannot be checked); null: not yet assessed." }),
      checkable: z.boolean().meta({ description: "False while the source lacks what a reader needs to find it (who, when, where): its page says what." }),
    }),
    excerpt: z.string().nullable().meta({ description: "The passage cited, word for word." }),
    locator: z.string().nullable().meta({ description: "Page or section." }),
  })
  .meta({ id: "Citation" });

export const ZApiDispute = z
  .object({
    preferredReason: z.string().nullable().meta({ description: "Why the statement's own value is the preferred reading." }),
    alternatives: z.array(
      z.object({
        value: z.string().meta({ description: "Another reading of the disputed field (an enum value, or a decimal as text)." }),
        note: z.string().nullable(),
        citations: z.array(ZApiCitation),
      }),
    ),
  })
  .meta({ id: "Dispute", description: "Sources disagree: the statement's own value is preferred (as Wikidata's ranks), these are the other readings." });

export const ZApiQualifiers = z
  .object({ official: z.boolean(), certainty: z.enum(Certainty), attribution: z.string().nullable() })
  .meta({ id: "Qualifiers", description: "How firm a statement is: stated, estimated or claimed, and by whom." });

export const ZApiEvent = z
  .object({
    id: z.string(),
    slug: z.string(),
    title: z.string(),
    description: z.string().meta({ description: "Markdown." }),
    type: z.enum(EventType),
    start: ZApiDate,
    end: ZApiDate.nullable(),
    place: z.string().nullable(),
    placeCountry: ZApiCountryRef.nullable(),
    countries: z.array(ZApiCountryRef),
    participants: z.array(z.object({ person: z.object({ id: z.string(), slug: z.string(), name: z.string() }), role: z.string(), country: ZApiCountryRef.nullable() })),
    organizations: z.array(z.object({ id: z.string(), slug: z.string(), name: z.string(), acronym: z.string().nullable() })),
    qualifiers: ZApiQualifiers,
    version: z.int(),
    publishedAt: z.iso.datetime().nullable(),
    citations: z.array(ZApiCitation),
  })
  .meta({ id: "Event" });

export const ZApiStatusStep = z
  .object({
    id: z.string().meta({ description: "The step's entry id; a step read from the relationship's date of establishment has the country's id with “~established”." }),
    stage: z.enum(RelationshipStage),
    date: ZApiDate,
    note: z.string().nullable().meta({ description: "What the source says, when the stage's name says less." }),
  })
  .meta({ id: "StatusStep", description: "One dated step of the relations: established, suspended, restored, a strategic partnership…" });

export const ZApiCounterpart = z
  .object({
    id: z.string(),
    slug: z.string(),
    name: z.string(),
    region: z.string(),
    subregion: z.string().nullable(),
    iso2: z.string().nullable(),
    historical: z.boolean(),
    relationship: z
      .object({ status: z.enum(RelationshipStatus), established: ZApiDate.nullable() })
      .nullable()
      .meta({ description: "Null while no summary of the relations is published." }),
    counts: z
      .object({ events: z.int(), missions: z.int(), sharedMemberships: z.int(), facts: z.int() })
      .meta({ description: "Sourced records of the ties: events involving both, missions either way, organisations both belong to, quantified facts." }),
    statusHistory: z.array(ZApiStatusStep).meta({ description: "The dated steps of the relations, oldest first." }),
    statusOn: z
      .object({
        day: z.iso.date(),
        stage: z.enum(RelationshipStage).nullable().meta({ description: "The latest step certainly taken by that day; null: none recorded." }),
        since: ZApiDate.nullable(),
        maybe: z.enum(RelationshipStage).nullable().meta({ description: "A step whose date may fall before or after that day (its sources give only the year, say)." }),
      })
      .optional()
      .meta({ description: "With ?on=: the status of the relations on that day." }),
  })
  .meta({ id: "Counterpart" });

export const ZApiCountry = z
  .object({
    country: z.object({
      id: z.string(),
      slug: z.string(),
      name: z.string(),
      officialName: z.string().nullable(),
      kind: z.enum(PolityKind),
      iso2: z.string().nullable(),
      iso3: z.string().nullable(),
      region: z.string(),
      subregion: z.string().nullable(),
      capital: z.string().nullable(),
      wikidataId: z.string().nullable(),
      existedFrom: z.int().nullable(),
      existedUntil: z.int().nullable(),
      aliases: z.array(z.string()),
      successor: ZApiCountryRef.nullable(),
      predecessors: z.array(ZApiCountryRef),
    }),
    relationship: z
      .object({
        status: z.enum(RelationshipStatus),
        summary: z.string().meta({ description: "Markdown; [^n] right after a sentence marks the n-th citation as its source." }),
        established: ZApiDate.nullable(),
        citations: z.array(ZApiCitation),
        statusCitations: z
          .array(ZApiCitation)
          .meta({ description: "What supports the status and the date relations were established; empty: the status is unsourced (pages mark it so)." }),
        dispute: ZApiDispute.nullable(),
      })
      .nullable(),
    statusHistory: z
      .array(ZApiStatusStep.extend({ citations: z.array(ZApiCitation) }))
      .meta({ description: "The dated steps of the relations, oldest first, each with its sources." }),
    facts: z.array(
      z.object({
        id: z.string(),
        subject: z.string(),
        value: z.string().meta({ description: "A decimal, as text: no precision is lost." }),
        valueHigh: z.string().nullable(),
        unit: z.string(),
        approximate: z.boolean(),
        year: z.int().nullable(),
        qualifiers: ZApiQualifiers,
        citations: z.array(ZApiCitation),
        dispute: ZApiDispute.nullable(),
      }),
    ),
    events: z.array(ZApiEvent).meta({ description: "The newest events; /api/v1/events?country= has them all." }),
    missions: z.array(
      z.object({
        id: z.string(),
        type: z.enum(MissionType),
        city: z.string(),
        name: z.string().nullable(),
        sender: ZApiCountryRef,
        host: ZApiCountryRef,
        opened: ZApiDate.nullable(),
        closed: ZApiDate.nullable(),
        citations: z.array(ZApiCitation),
      }),
    ),
    sharedMemberships: z.array(
      z.object({
        id: z.string(),
        organization: z.object({ slug: z.string(), name: z.string(), acronym: z.string().nullable() }),
        focusStatus: z.enum(MembershipStatus).nullable(),
        counterpartStatus: z.enum(MembershipStatus),
        since: ZApiDate.nullable(),
        citations: z.array(ZApiCitation),
        focusDispute: ZApiDispute.nullable(),
        counterpartDispute: ZApiDispute.nullable(),
      }),
    ),
    lastPublishedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: "Country" });

export const ZApiLicense = z
  .object({
    name: z.string(),
    url: z.url().nullable(),
    attribution: z.string().nullable().meta({ description: "How to credit the atlas when reusing the data." }),
  })
  .nullable()
  .meta({ id: "License", description: "The data's licence, as the site's operator set it (null: not set). Quoted passages remain their authors'." });

export const ZApiProblem = z
  .object({ error: z.literal("bad_request"), problems: z.array(z.string()).meta({ description: "Every problem with the request, in words." }) })
  .meta({ id: "BadRequest" });
export const ZApiNotFound = z.object({ error: z.literal("not_found"), message: z.string() }).meta({ id: "NotFound" });

export type ApiEvent = z.infer<typeof ZApiEvent>;
export type ApiCounterpart = z.infer<typeof ZApiCounterpart>;
export type ApiCountry = z.infer<typeof ZApiCountry>;
