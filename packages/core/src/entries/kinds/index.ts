import type { EntryKind } from "@atlas/db/enums";

import { bodyKind } from "./body.ts";
import { countryKind } from "./country.ts";
import { eventKind } from "./event.ts";
import { factKind } from "./fact.ts";
import { membershipKind } from "./membership.ts";
import { missionKind } from "./mission.ts";
import { organizationKind } from "./organization.ts";
import { personKind } from "./person.ts";
import { relationshipKind } from "./relationship.ts";
import { sourceKind } from "./source.ts";
import type { KindHandler } from "./types.ts";

export const kinds: { [K in EntryKind]: KindHandler<K> } = {
  COUNTRY: countryKind,
  ORGANIZATION: organizationKind,
  PERSON: personKind,
  BODY: bodyKind,
  SOURCE: sourceKind,
  RELATIONSHIP: relationshipKind,
  EVENT: eventKind,
  MISSION: missionKind,
  MEMBERSHIP: membershipKind,
  FACT: factKind,
};

/** Order in which kinds can be written so that references always point backwards. */
export const KIND_ORDER: EntryKind[] = ["SOURCE", "COUNTRY", "ORGANIZATION", "PERSON", "BODY", "RELATIONSHIP", "EVENT", "MISSION", "MEMBERSHIP", "FACT"];

export { MEMBERSHIP_STATUS_LABELS } from "./membership.ts";
export { MISSION_TYPE_LABELS } from "./mission.ts";
export type { KindHandler, Reference } from "./types.ts";
