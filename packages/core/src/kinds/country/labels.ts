import type { PolityKind } from "@atlas/db/enums";

export const POLITY_KIND_LABELS: Record<PolityKind, string> = {
  STATE: "Sovereign state",
  PARTIALLY_RECOGNIZED_STATE: "State with limited recognition",
  HISTORICAL_STATE: "Historical state",
  TERRITORY: "Territory",
};
