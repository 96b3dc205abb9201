import type { MembershipStatus } from "@atlas/db/enums";

import type { TMembershipPayload } from "../schemas/membership.ts";
import { dateColumns } from "./dates.ts";
import { ref, type KindHandler } from "./types.ts";

export const MEMBERSHIP_STATUS_LABELS: Record<MembershipStatus, string> = {
  MEMBER: "member",
  OBSERVER: "observer",
  PARTNER: "partner",
  PARTICIPATING_STATE: "participating state",
  ASSOCIATE_MEMBER: "associate member",
  DIALOGUE_PARTNER: "dialogue partner",
  FORMER_MEMBER: "former member",
};

export const membershipKind: KindHandler<"MEMBERSHIP"> = {
  kind: "MEMBERSHIP",
  idPrefix: "membership",
  model: "membership",
  isStatement: true,
  references: (p) => [...ref("ORGANIZATION", ["organizationId"], p.organizationId), ...ref("COUNTRY", ["countryId"], p.countryId)],
  unique: [{ fields: ["status"], where: (p) => ({ organizationId: p.organizationId, countryId: p.countryId, status: p.status }) }],
  label: (p, names) => `${names.get(p.countryId) ?? p.countryId} in ${names.get(p.organizationId) ?? p.organizationId} (${MEMBERSHIP_STATUS_LABELS[p.status]})`,
  async apply(tx, id, p: TMembershipPayload) {
    const since = dateColumns(p.since);
    const until = dateColumns(p.until);
    const data = {
      organizationId: p.organizationId,
      countryId: p.countryId,
      status: p.status,
      sinceDate: since.date,
      sincePrecision: since.precision,
      untilDate: until.date,
      untilPrecision: until.precision,
      note: p.note,
    };
    await tx.membership.upsert({ where: { id }, create: { id, ...data }, update: data });
  },
};
