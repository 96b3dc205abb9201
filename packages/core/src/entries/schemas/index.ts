import type { z } from "zod";

import type { EntryKind } from "@atlas/db/enums";

import { ZBodyPayload } from "./body.ts";
import { ZCountryPayload } from "./country.ts";
import { ZEventPayload } from "./event.ts";
import { ZFactPayload } from "./fact.ts";
import { ZMembershipPayload } from "./membership.ts";
import { ZMissionPayload } from "./mission.ts";
import { ZOrganizationPayload } from "./organization.ts";
import { ZPersonPayload } from "./person.ts";
import { ZRelationshipPayload } from "./relationship.ts";
import { ZSourcePayload } from "./source.ts";

export * from "./body.ts";
export * from "./country.ts";
export * from "./event.ts";
export * from "./fact.ts";
export * from "./fields.ts";
export * from "./membership.ts";
export * from "./mission.ts";
export * from "./organization.ts";
export * from "./person.ts";
export * from "./relationship.ts";
export * from "./source.ts";

/** The payload schema of each kind: what a revision holds and what a form edits. */
export const payloadSchemas = {
  COUNTRY: ZCountryPayload,
  ORGANIZATION: ZOrganizationPayload,
  PERSON: ZPersonPayload,
  BODY: ZBodyPayload,
  SOURCE: ZSourcePayload,
  RELATIONSHIP: ZRelationshipPayload,
  EVENT: ZEventPayload,
  MISSION: ZMissionPayload,
  MEMBERSHIP: ZMembershipPayload,
  FACT: ZFactPayload,
} as const satisfies Record<EntryKind, z.ZodType>;

export type PayloadOf<K extends EntryKind> = z.infer<(typeof payloadSchemas)[K]>;
export type AnyPayload = PayloadOf<EntryKind>;

export { fieldLimits } from "./limits.ts";
