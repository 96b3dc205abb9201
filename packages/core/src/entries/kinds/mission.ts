import type { MissionType } from "@atlas/db/enums";

import type { TMissionPayload } from "../schemas/mission.ts";
import { dateColumns } from "./dates.ts";
import { ref, type KindHandler } from "./types.ts";

export const MISSION_TYPE_LABELS: Record<MissionType, string> = {
  EMBASSY: "Embassy",
  CONSULATE_GENERAL: "Consulate general",
  CONSULATE: "Consulate",
  BRANCH_OFFICE: "Branch office",
  HONORARY_CONSULATE: "Honorary consulate",
  REPRESENTATIVE_OFFICE: "Representative office",
  PERMANENT_MISSION: "Permanent mission",
};

export const missionKind: KindHandler<"MISSION"> = {
  kind: "MISSION",
  idPrefix: "mission",
  model: "mission",
  isStatement: true,
  references: (p) => [...ref("COUNTRY", ["senderId"], p.senderId), ...ref("COUNTRY", ["hostId"], p.hostId)],
  unique: [],
  label: (p, names) => `${MISSION_TYPE_LABELS[p.type]} of ${names.get(p.senderId) ?? p.senderId} in ${p.city}`,
  async apply(tx, id, p: TMissionPayload) {
    const opened = dateColumns(p.opened);
    const closed = dateColumns(p.closed);
    const data = {
      type: p.type,
      senderId: p.senderId,
      hostId: p.hostId,
      city: p.city,
      name: p.name,
      openedOn: opened.date,
      openedPrecision: opened.precision,
      closedOn: closed.date,
      closedPrecision: closed.precision,
    };
    await tx.mission.upsert({ where: { id }, create: { id, ...data }, update: data });
  },
};
