import { describe, expect, it } from "vitest";

import { zodFieldErrors } from "../src/errors.ts";
import { ZEventPayload, ZFactPayload, ZMembershipPayload, ZMissionPayload } from "../src/kinds/index.ts";

const validEvent = {
  slug: "2020-qatar-memorandum",
  title: "Mongolia and Qatar agree on political consultations",
  description: "A memorandum of understanding.",
  type: "AGREEMENT",
  start: "2020",
  countryIds: ["country_mongolia", "country_qatar"],
  citations: [{ sourceId: "source_seed-text", excerptId: "excerpt_s13" }],
};

const errorsOf = (schema: { safeParse(v: unknown): { success: boolean; error?: unknown } }, value: unknown) => {
  const r = schema.safeParse(value);
  return r.success ? {} : zodFieldErrors(r.error as never);
};

describe("payload schemas", () => {
  it("accept a valid event and fill in the defaults", () => {
    const r = ZEventPayload.parse(validEvent);
    expect(r).toMatchObject({ official: true, certainty: "STATED", participants: [], end: null, place: null });
  });

  it("put each problem on its field, in words", () => {
    const errors = errorsOf(ZEventPayload, { ...validEvent, slug: "Not A Slug", start: "2011-02-30", end: "2010", countryIds: [], citations: [] });
    expect(errors).toMatchObject({
      slug: [expect.stringMatching(/lower-case letters/)],
      start: [expect.stringMatching(/February 2011 has no day 30/)],
      countryIds: [expect.stringMatching(/at least one country/)],
      citations: [expect.stringMatching(/Cite at least one source/)],
    });
  });

  it("refuse an event that ends before it starts", () => {
    expect(errorsOf(ZEventPayload, { ...validEvent, start: "2020-05", end: "2020-04" })).toEqual({ end: ["An event cannot end before it starts."] });
  });

  it("refuse unknown fields, wrong types and overlong text", () => {
    const errors = errorsOf(ZEventPayload, { ...validEvent, title: "x".repeat(201), type: 42, admin: true });
    expect(errors.title).toEqual(["At most 200 characters."]);
    expect(errors.type).toEqual(["Choose an event type."]);
    expect(errors[""]).toEqual(["Unknown field: admin."]);
  });

  it("refuse a membership status outside the set", () => {
    const errors = errorsOf(ZMembershipPayload, { organizationId: "org_osce", countryId: "country_russia", status: "ALLY", citations: validEvent.citations });
    expect(errors.status).toEqual(["Choose a status: member, observer, partner…"]);
  });

  it("keep decimals exact and ranges ordered", () => {
    expect(ZFactPayload.parse({ subject: "Share", value: "48.25", unit: "%", citations: validEvent.citations }).value).toBe("48.25");
    expect(errorsOf(ZFactPayload, { subject: "Share", value: "48", valueHigh: "40", unit: "%", citations: validEvent.citations })).toEqual({
      valueHigh: ["The upper bound must not be below the value."],
    });
    expect(errorsOf(ZFactPayload, { subject: "Share", value: "4e8", unit: "%", citations: validEvent.citations })).toEqual({
      value: ["Enter a number (up to 4 decimals), like 48 or 0.5."],
    });
  });

  it("refuse periods the wrong way round: a mission closed before it opened, a membership ended before it began", () => {
    const mission = { type: "EMBASSY", senderId: "country_mongolia", hostId: "country_russia", city: "Moscow", citations: validEvent.citations };
    expect(errorsOf(ZMissionPayload, { ...mission, opened: "2001", closed: "1999" })).toEqual({ closed: ["Cannot close before it opened."] });
    expect(errorsOf(ZMissionPayload, { ...mission, opened: "1999", closed: "2001" })).toEqual({});
    expect(errorsOf(ZMissionPayload, { ...mission, hostId: "country_mongolia" })).toEqual({ hostId: ["A country does not send a mission to itself."] });
    const membership = { organizationId: "org_osce", countryId: "country_russia", status: "MEMBER", citations: validEvent.citations };
    expect(errorsOf(ZMembershipPayload, { ...membership, since: "1973", until: "1972" })).toEqual({ until: ["Cannot end before it began."] });
  });
});
