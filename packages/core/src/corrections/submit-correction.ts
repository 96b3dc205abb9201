import type { Db } from "@atlas/db";

import { writeAudit } from "../audit/write-audit.ts";
import { NotFoundError, parseOrThrow, RateLimitedError, StateError } from "../errors.ts";
import { notify } from "../inbox/notify.ts";
import { addressKey, checkFormToken } from "./form-token.ts";
import { ZCorrection, type TCorrection } from "./schemas.ts";
import { takeCorrectionSlot } from "./throttle.ts";

/** Where the request came from, as the site's server saw it, and the site's secret. */
export type CorrectionClient = { address: string; secret: string };

const TOKEN_PROBLEMS = {
  invalid: "This form could not be checked. Please send it again: your text is kept.",
  expired: "This form was opened too long ago. Please send it again: your text is kept.",
} as const;

/**
 * A reader's correction, sent without an account from an entry's public page (or the contact
 * page): checked against spam without third parties (a hidden field people leave empty, a
 * minimum time to fill the form, a signed form token), rate-limited per address in the database,
 * then stored as a report linked to the entry, and every editor is told in their inbox. Returns
 * `stored: false` for a bot caught by the hidden field, which is answered as if it had worked.
 */
export async function submitCorrection({ db, input, client, now = Date.now() }: { db: Db; input: TCorrection; client: CorrectionClient; now?: number }) {
  const c = parseOrThrow(ZCorrection, input);
  if (c.website) return { stored: false as const };
  const token = checkFormToken(client.secret, c.token, c.entryId, now);
  if (!token.ok) {
    if (token.why === "too-quick")
      throw new RateLimitedError(
        `That was quicker than anyone can read and write: please check your text and send it again in ${Math.ceil((token.waitMs ?? 1000) / 1000)} seconds.`,
      );
    throw new StateError(TOKEN_PROBLEMS[token.why]);
  }
  return db.$transaction(async (tx) => {
    const entry = c.entryId ? await tx.entry.findFirst({ where: { id: c.entryId, status: "PUBLISHED" }, select: { id: true, label: true } }) : null;
    if (c.entryId && !entry) throw new NotFoundError("That page is no longer published; nothing was sent.");
    const wait = await takeCorrectionSlot(tx, addressKey(client.secret, client.address));
    if (wait !== null) throw new RateLimitedError(`A correction was sent from your address a moment ago. Please wait ${wait} seconds and send this one again: your text is kept.`);
    const report = await tx.report.create({
      data: { entryId: entry?.id ?? null, pagePath: c.pagePath, message: c.message, email: c.email, name: c.name },
      select: { id: true },
    });
    const editors = await tx.user.findMany({ where: { active: true }, select: { id: true } });
    const about = entry ? `“${entry.label}”` : "the atlas (from the contact page)";
    await notify(
      tx,
      editors.map((u) => ({
        userId: u.id,
        kind: "READER_REPORT" as const,
        message: `A reader suggested a correction to ${about}.`,
        comment: c.message,
        entryId: entry?.id ?? null,
        reportId: report.id,
      })),
    );
    await writeAudit(tx, { actor: null, action: "report.receive", targetType: "Report", targetId: report.id, data: { entryId: entry?.id ?? null, pagePath: c.pagePath } });
    return { stored: true as const, reportId: report.id };
  });
}
