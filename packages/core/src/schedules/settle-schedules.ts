import type { Tx } from "@atlas/db";

import type { Actor } from "../auth/actor.ts";
import type { CorePolicy } from "../env.ts";
import { ValidationError } from "../errors.ts";
import type { ScheduleChoice } from "../users/schemas.ts";
import { cancelIn, lockOpenSchedule } from "./cancel-schedule.ts";
import { describeSchedules, OPEN_SCHEDULES, titleOfSchedule } from "./list-schedules.ts";
import { takeOverIn } from "./take-over-schedule.ts";

/**
 * Settles the open schedules of a user who is losing the right to publish (demoted or
 * deactivated), in the caller's transaction and before the user's row changes (the order
 * runSchedule locks in, so neither waits on the other forever). Without a choice, nothing
 * changes and the admin is told what is planned, so they choose.
 */
export async function settleSchedulesOf(tx: Tx, actor: Actor, user: { id: string; name: string }, choice: ScheduleChoice | undefined, policy: CorePolicy): Promise<number> {
  const ids = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "Schedule" WHERE "createdById" = ${user.id} AND "status"::text = ANY(${[...OPEN_SCHEDULES]}) ORDER BY "runAt" FOR UPDATE`;
  if (!ids.length) return 0;
  if (!choice) {
    const rows = await describeSchedules(tx, { id: { in: ids.map((r) => r.id) } });
    const list = rows.map((s) => `${s.action === "PUBLISH" ? "publish" : "take down"} ${titleOfSchedule(s.labels)} at ${s.runAt.toISOString().slice(0, 16).replace("T", " ")} UTC`);
    throw new ValidationError(
      {
        schedules: [
          `${user.name} planned ${ids.length === 1 ? "a change" : `${ids.length} changes`} that would run with their powers: ${list.join("; ")}. Take ${ids.length === 1 ? "it over or cancel it" : "them over or cancel them"}.`,
        ],
      },
      `Choose what becomes of ${user.name}'s scheduled changes.`,
    );
  }
  if (choice === "TAKE_OVER" && actor.id === user.id)
    throw new ValidationError({ schedules: ["You cannot take over your own schedules while giving up your powers: cancel them, or ask another admin."] });
  for (const { id } of ids) {
    // Cancelling a publication cancels its takedown too: that one may be settled already.
    const schedule = await tx.schedule.findUniqueOrThrow({ where: { id } });
    if (!(OPEN_SCHEDULES as readonly string[]).includes(schedule.status)) continue;
    if (choice === "TAKE_OVER") await takeOverIn(tx, actor, await lockOpenSchedule(tx, id), policy);
    else await cancelIn(tx, actor, schedule);
  }
  return ids.length;
}
