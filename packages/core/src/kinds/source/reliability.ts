import type { SourceReliability } from "@atlas/db/enums";

/**
 * The reliability scale editors choose from, shown on every source's page and explained on
 * /about. Short on purpose: each tier says what a reader may lean on, not a score.
 */
export const RELIABILITY_TIERS: Record<SourceReliability, { label: string; meaning: string }> = {
  PRIMARY: {
    label: "Primary record",
    meaning: "The official text or record itself: a treaty, a communiqué, a government's or an organisation's own publication.",
  },
  RELIABLE: {
    label: "Reliable secondary source",
    meaning: "A publication with editors who answer for it: peer-reviewed research, an edited reference work, a news organisation that publishes corrections.",
  },
  USE_WITH_CARE: {
    label: "Use with care",
    meaning: "A compilation or summary of others' work, a party with a stake in the matter, or a publication without editorial oversight: read its statements as what it says.",
  },
  UNVERIFIABLE: {
    label: "Cannot be checked",
    meaning: "The work is not identified well enough for a reader to find it: its statements stand only as the atlas received them.",
  },
};

export const RELIABILITY_LABELS = Object.fromEntries(Object.entries(RELIABILITY_TIERS).map(([k, v]) => [k, v.label])) as Record<SourceReliability, string>;

/** What a source's page says while no editor has chosen a tier. */
export const NOT_ASSESSED = "Not yet assessed";
