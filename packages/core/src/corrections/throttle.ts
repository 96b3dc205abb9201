import type { Tx } from "@atlas/db";

/** One correction a minute from an address, and at most this many a day. */
export const CORRECTION_INTERVAL_SECONDS = 60;
export const CORRECTIONS_PER_DAY = 20;

/**
 * Counts a correction from this address if the address may send one now, in one statement (two
 * requests at the same moment cannot both pass: the row's lock orders them). Returns null when
 * counted, or how many seconds to wait.
 */
export async function takeCorrectionSlot(tx: Tx, key: string): Promise<number | null> {
  const taken = await tx.$queryRaw<{ key: string }[]>`
    INSERT INTO "ReportThrottle" ("key", "lastAt", "count", "dayStartedAt") VALUES (${key}, now(), 1, now())
    ON CONFLICT ("key") DO UPDATE SET
      "lastAt" = now(),
      "count" = CASE WHEN "ReportThrottle"."dayStartedAt" <= now() - interval '1 day' THEN 1 ELSE "ReportThrottle"."count" + 1 END,
      "dayStartedAt" = CASE WHEN "ReportThrottle"."dayStartedAt" <= now() - interval '1 day' THEN now() ELSE "ReportThrottle"."dayStartedAt" END
    WHERE "ReportThrottle"."lastAt" <= now() - make_interval(secs => ${CORRECTION_INTERVAL_SECONDS}::float8)
      AND ("ReportThrottle"."count" < ${CORRECTIONS_PER_DAY} OR "ReportThrottle"."dayStartedAt" <= now() - interval '1 day')
    RETURNING "key"`;
  if (taken.length) return null;
  const [row] = await tx.$queryRaw<{ wait: number }[]>`
    SELECT ceil(greatest(
      extract(epoch FROM "lastAt" + make_interval(secs => ${CORRECTION_INTERVAL_SECONDS}::float8) - now()),
      CASE WHEN "count" >= ${CORRECTIONS_PER_DAY} THEN extract(epoch FROM "dayStartedAt" + interval '1 day' - now()) ELSE 0 END,
      1))::int AS wait
    FROM "ReportThrottle" WHERE "key" = ${key}`;
  return row?.wait ?? CORRECTION_INTERVAL_SECONDS;
}
