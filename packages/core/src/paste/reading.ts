import { z } from "zod";

import { EventType, MembershipStatus, MissionType, type OrganizationKind } from "@atlas/db/enums";

import type { NewCountry } from "./find-countries.ts";
import type { Span } from "./name-index.ts";

// What a pasted sentence is read as: guesses, each with the words it came from. Entries the
// atlas has are linked (atlasId); the others are drafted. Guesses refer to each other by key
// ("country_mongolia", "iso:FR", "org:international-solar-alliance"), so dropping or correcting
// one is seen by the statements that name it.

type Base = { key: string; spans: Span[] };
export type CountryGuess = Base & { kind: "COUNTRY"; atlasId: string | null; name: string; fresh: NewCountry | null };
export type PersonGuess = Base & { kind: "PERSON"; atlasId: string | null; name: string; role: string; countryKey: string | null };
export type OrganizationGuess = Base & { kind: "ORGANIZATION"; atlasId: string | null; name: string; acronym: string | null; organizationKind: OrganizationKind };
export type EventGuess = Base & {
  kind: "EVENT";
  title: string;
  type: EventType;
  start: string | null;
  end: string | null;
  place: string | null;
  placeCountryKey: string | null;
  countryKeys: string[];
  participants: { personKey: string; role: string; countryKey: string | null }[];
  organizationKeys: string[];
};
export type MembershipGuess = Base & {
  kind: "MEMBERSHIP";
  atlasId: string | null;
  countryKey: string;
  organizationKey: string;
  status: MembershipStatus;
  since: string | null;
  until: string | null;
};
export type MissionGuess = Base & { kind: "MISSION"; atlasId: string | null; type: MissionType; senderKey: string; hostKey: string | null; city: string; opened: string | null };
export type FactGuess = Base & {
  kind: "FACT";
  subject: string;
  value: string;
  unit: string;
  approximate: boolean;
  year: number | null;
  countryKey: string | null;
  certainty: "STATED" | "ESTIMATE";
  attribution: string | null;
};
export type Guess = CountryGuess | PersonGuess | OrganizationGuess | EventGuess | MembershipGuess | MissionGuess | FactGuess;

export type Reading = {
  /** The sentence as it is quoted: citation markers taken out. Spans index into it. */
  text: string;
  citations: { sourceId: string; label: string; marker: string }[];
  /** The name of every entry a guess refers to, guessed or not (the host of "an embassy in Moscow"). */
  names: Record<string, string>;
  notes: string[];
  guesses: Guess[];
};

const line = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `At most ${max} characters.` });
const date = z.string().trim().max(40).nullable();

/**
 * What the editor may change on a guess before drafting: keep or drop it, and correct the
 * words a sentence can get wrong. Everything else is re-read on the server, never taken from
 * the browser; the drafts themselves are edited afterwards in the usual forms.
 */
export const ZCorrection = z
  .object({
    key: z.string().max(120),
    keep: z.boolean(),
    name: line(200).optional(),
    role: line(200).optional(),
    acronym: line(30).optional(),
    title: line(200).optional(),
    eventType: z.enum(EventType).optional(),
    missionType: z.enum(MissionType).optional(),
    start: date.optional(),
    end: date.optional(),
    status: z.enum(MembershipStatus).optional(),
    since: date.optional(),
    until: date.optional(),
    city: line(120).optional(),
    opened: date.optional(),
    subject: line(300).optional(),
    value: line(30).optional(),
    unit: line(60).optional(),
  })
  .strict();
export const ZCorrections = z.array(ZCorrection).max(200);
export type TCorrection = z.infer<typeof ZCorrection>;
