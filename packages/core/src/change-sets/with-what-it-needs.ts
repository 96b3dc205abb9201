import type { Tx } from "@atlas/db";

import { StateError } from "../errors.ts";
import type { lockChangeSet } from "./change-set-entries.ts";
import { utcTime } from "./titles.ts";
import { dependenciesOf, type Dependency } from "./work-elsewhere.ts";

type Locked = Map<string, Awaited<ReturnType<typeof lockChangeSet>>>;
type Submitted = Awaited<ReturnType<typeof lockChangeSet>>;

/**
 * The change set with the others it waits for (see dependenciesOf) that are approved with it:
 * each must be waiting for review and named in `together` (the reviewer saw it). One still being
 * written stops the approval; one scheduled is fine when this one is scheduled after it.
 */
export async function withWhatItNeeds(tx: Tx, changeSetId: string, revisions: Submitted, plan: { together: string[]; publishAt: Date | null; locked: Locked }) {
  const sets = [{ changeSetId, revisions }];
  for (;;) {
    const deps = await dependenciesOf(
      tx,
      sets.flatMap((s) => s.revisions),
      sets.map((s) => s.changeSetId),
    );
    for (const d of deps) refuseUnlessReady(d, plan);
    const joining = deps.filter((d) => d.state === "submitted");
    if (!joining.length) return sets;
    for (const d of joining) sets.push({ changeSetId: d.changeSetId, revisions: plan.locked.get(d.changeSetId)!.filter((r) => r.status === "SUBMITTED") });
  }
}

function refuseUnlessReady(d: Dependency, plan: { together: string[]; publishAt: Date | null; locked: Locked }) {
  const what = d.needs.map((n) => `“${n.label}”`).join(", ");
  if (d.state === "writing")
    throw new StateError(
      `This change set uses ${what}, which is still a draft in another change set of its author: it can be approved once that one is submitted (then both together) or published.`,
    );
  if (d.state === "scheduled") {
    if (!plan.publishAt || !d.publishAt || plan.publishAt <= d.publishAt)
      throw new StateError(
        `This change set uses ${what}, which is scheduled to be published at ${d.publishAt ? utcTime(d.publishAt) : "a later time"}: schedule this one for after that.`,
      );
    return;
  }
  if (plan.publishAt)
    throw new StateError(
      `This change set uses ${what} from another change set that waits for review too: publish both now, or approve that one first and schedule this one after it.`,
    );
  if (!plan.together.includes(d.changeSetId) || !plan.locked.has(d.changeSetId))
    throw new StateError(`This change set uses ${what} from another change set that waits for review too: approve them together from this change set's page, which names both.`);
}
