import { EVENT_TYPE_LABELS, MEMBERSHIP_STATUS_LABELS, MISSION_TYPE_LABELS } from "@atlas/core/kinds";
import type { Guess, Reading } from "@atlas/core/paste";

/** How a guess is named to the editor: what it is, whether the atlas has it, what keeping it does. */
export function describeGuess(g: Guess, reading: Reading): { title: string; known: boolean; recorded: boolean; keepLabel: string } {
  const name = (key: string | null) => (key ? (reading.names[key] ?? key) : "a country to choose");
  const entry = (what: string) => ({
    known: !!("atlasId" in g && g.atlasId),
    recorded: false,
    keepLabel: "atlasId" in g && g.atlasId ? `Link this ${what}` : `Draft this new ${what}`,
  });
  switch (g.kind) {
    case "COUNTRY":
      return { title: `${g.atlasId ? "Country" : "New country"}: ${g.name}`, ...entry("country") };
    case "PERSON":
      return { title: `${g.atlasId ? "Person" : "New person"}: ${g.name}`, ...entry("person") };
    case "ORGANIZATION":
      return { title: `${g.atlasId ? "Organisation" : "New organisation"}: ${g.name}${g.acronym ? ` (${g.acronym})` : ""}`, ...entry("organisation") };
    case "EVENT":
      return { title: `${EVENT_TYPE_LABELS[g.type]}: ${g.title}`, known: false, recorded: false, keepLabel: "Draft this event" };
    case "MEMBERSHIP":
      return {
        title: `Membership: ${name(g.countryKey)} in ${name(g.organizationKey)}, ${MEMBERSHIP_STATUS_LABELS[g.status]}`,
        known: !!g.atlasId,
        recorded: !!g.atlasId,
        keepLabel: "Draft this membership",
      };
    case "MISSION":
      return {
        title: `${MISSION_TYPE_LABELS[g.type]} of ${name(g.senderKey)} in ${g.city}${g.hostKey ? ` (${name(g.hostKey)})` : ""}`,
        known: !!g.atlasId,
        recorded: !!g.atlasId,
        keepLabel: "Draft this mission",
      };
    case "FACT":
      return { title: `Figure: ${g.subject}`, known: false, recorded: false, keepLabel: "Draft this figure" };
  }
}
