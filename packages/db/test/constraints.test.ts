import { describe, expect, it } from "vitest";

import { freshDatabase } from "@atlas/db/testing";

// The database itself refuses impossible data, whatever code writes it.
describe("database constraints", () => {
  const t = freshDatabase("seeded");
  const run = (sql: string) => t.db.$executeRawUnsafe(sql);

  it("refuses an event that ends before it starts", async () => {
    await expect(run(`UPDATE "Event" SET "endDate" = '2011-07-01', "endPrecision" = 'MONTH' WHERE "id" = 'event_2011-08-biden-visit'`)).rejects.toThrow(
      /violates check constraint "Event_ends_after_start"/,
    );
  });

  it("refuses a date that does not fit its precision", async () => {
    await expect(run(`UPDATE "Event" SET "startDate" = '2011-08-17' WHERE "id" = 'event_2011-08-biden-visit'`)).rejects.toThrow(
      /violates check constraint "Event_start_fits_precision"/,
    );
  });

  it("refuses a membership status outside the set", async () => {
    await expect(run(`UPDATE "Membership" SET "status" = 'ALLY' WHERE "id" = 'membership_mongolia-united-nations'`)).rejects.toThrow(
      /invalid input value for enum "MembershipStatus": "ALLY"/,
    );
  });

  it("refuses to leave a published statement without a source", async () => {
    await expect(
      t.db.$transaction(async (tx) => {
        await tx.citation.deleteMany({ where: { entryId: "event_2011-08-biden-visit" } });
      }),
    ).rejects.toThrow(/Published event "Vice President Joe Biden visits Mongolia" \(event_2011-08-biden-visit\) cites no source/);
    expect(await t.db.citation.count({ where: { entryId: "event_2011-08-biden-visit" } })).toBeGreaterThan(0);
  });

  it("refuses to publish a statement that cites nothing", async () => {
    await expect(
      t.db.$transaction(async (tx) => {
        await tx.entry.create({ data: { id: "fact_unsourced", kind: "FACT", label: "Unsourced", status: "PUBLISHED", version: 1 } });
      }),
    ).rejects.toThrow(/Published fact "Unsourced" \(fact_unsourced\) cites no source/);
    expect(await t.db.entry.findUnique({ where: { id: "fact_unsourced" } })).toBeNull();
  });

  it("refuses a mission a country sends to itself, and malformed codes", async () => {
    await expect(run(`UPDATE "Mission" SET "hostId" = "senderId" WHERE "id" = 'mission_mongolia-in-moscow'`)).rejects.toThrow(/"Mission_two_countries"/);
    await expect(run(`UPDATE "Country" SET "iso2" = 'mn' WHERE "id" = 'country_mongolia'`)).rejects.toThrow(/"Country_iso2_format"/);
    await expect(run(`UPDATE "Country" SET "slug" = 'North Korea' WHERE "id" = 'country_north-korea'`)).rejects.toThrow(/"Country_slug_format"/);
  });

  it("refuses a mission that closes before it opened, a membership that ends before it began, a body dissolved before it was founded", async () => {
    await expect(
      run(
        `UPDATE "Mission" SET "openedOn" = '2001-01-01', "openedPrecision" = 'YEAR', "closedOn" = '1999-01-01', "closedPrecision" = 'YEAR' WHERE "id" = 'mission_mongolia-in-moscow'`,
      ),
    ).rejects.toThrow(/violates check constraint "Mission_closes_after_opening"/);
    await expect(
      run(
        `UPDATE "Membership" SET "sinceDate" = '1961-01-01', "sincePrecision" = 'YEAR', "untilDate" = '1960-01-01', "untilPrecision" = 'YEAR' WHERE "id" = 'membership_mongolia-united-nations'`,
      ),
    ).rejects.toThrow(/violates check constraint "Membership_ends_after_start"/);
    await expect(
      run(
        `UPDATE "Body" SET "foundedOn" = '1980-01-01', "foundedPrecision" = 'YEAR', "dissolvedOn" = '1970-01-01', "dissolvedPrecision" = 'YEAR' WHERE "id" = 'body_canada-mongolia-society'`,
      ),
    ).rejects.toThrow(/violates check constraint "Body_dissolved_after_founding"/);
    // The same periods the right way round are accepted.
    await run(
      `UPDATE "Mission" SET "openedOn" = '1999-01-01', "openedPrecision" = 'YEAR', "closedOn" = '2001-01-01', "closedPrecision" = 'YEAR' WHERE "id" = 'mission_mongolia-in-moscow'`,
    );
  });

  it("keeps the audit log append-only", async () => {
    await t.db.auditLog.create({ data: { action: "test.probe" } });
    await expect(run(`UPDATE "AuditLog" SET "action" = 'rewritten'`)).rejects.toThrow(/append-only: UPDATE is refused/);
    await expect(run(`DELETE FROM "AuditLog"`)).rejects.toThrow(/append-only: DELETE is refused/);
    await expect(run(`TRUNCATE "AuditLog"`)).rejects.toThrow(/append-only: TRUNCATE is refused/);
  });
});
