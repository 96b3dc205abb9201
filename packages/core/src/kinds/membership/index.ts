import { MembershipStatus } from "@atlas/db/enums";

import { dateColumns, joinText, ref } from "../columns.ts";
import type { Kind } from "../kind.ts";
import { disputeSection, options, qualifiersSection, sourcesSection } from "../shared-form.ts";
import { MEMBERSHIP_STATUS_LABELS } from "./labels.ts";
import { ZMembershipPayload } from "./schema.ts";

export const membership: Kind<"MEMBERSHIP", typeof ZMembershipPayload> = {
  kind: "MEMBERSHIP",
  names: { one: "membership", title: "Membership", hint: "A country's status in an international organisation." },
  idPrefix: "membership",
  schema: ZMembershipPayload,
  form: [
    {
      title: "The membership",
      fields: [
        { name: "countryId", label: "Country", type: "picker", entryKind: "COUNTRY", required: true },
        { name: "organizationId", label: "Organisation", type: "picker", entryKind: "ORGANIZATION", required: true },
        { name: "status", label: "Status", type: "select", options: options(MembershipStatus, MEMBERSHIP_STATUS_LABELS, true), required: true },
        { name: "since", label: "Since", type: "date" },
        { name: "until", label: "Until", type: "date" },
        { name: "note", label: "Note", type: "text" },
      ],
    },
    sourcesSection,
    disputeSection({ type: "select", options: options(MembershipStatus, MEMBERSHIP_STATUS_LABELS, true) }),
    qualifiersSection,
  ],
  model: "membership",
  statement: true,
  references: (p) => [...ref("ORGANIZATION", ["organizationId"], p.organizationId), ...ref("COUNTRY", ["countryId"], p.countryId)],
  unique: [{ fields: ["status"], where: (p) => ({ organizationId: p.organizationId, countryId: p.countryId, status: p.status }) }],
  label: (p, names) => `${names.get(p.countryId) ?? p.countryId} in ${names.get(p.organizationId) ?? p.organizationId} (${MEMBERSHIP_STATUS_LABELS[p.status]})`,
  async write(tx, id, p) {
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
  links: [
    { to: "ORGANIZATION", table: "Membership", column: "organizationId", owner: "id" },
    { to: "COUNTRY", table: "Membership", column: "countryId", owner: "id" },
  ],
  quotedFields: [],
  search: {
    quotes: ({ payload }) => ({ organizations: [payload.organizationId] }),
    document: ({ label, payload: p }) => ({ title: label, body: joinText(MEMBERSHIP_STATUS_LABELS[p.status], p.note) }),
  },
  shownOn: ({ payload }, q) => ({ route: "organization", slug: q.organizations.get(payload.organizationId)?.slug ?? "" }),
  disputable: { field: "status", label: (v) => MEMBERSHIP_STATUS_LABELS[v as MembershipStatus] ?? v },
  route: null,
  tags: (p) => ({ countries: [p.countryId], organizations: [p.organizationId], lists: ["countries", "organizations"], fellowMembers: true }),
  exportSet: "memberships",
  seedFile: "memberships.json",
};
