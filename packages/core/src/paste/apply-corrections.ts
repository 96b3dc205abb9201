import type { Guess, Reading, TCorrection } from "./reading.ts";

/** A corrected optional value: not sent keeps the reading's, sent empty clears it. */
const or = (v: string | null | undefined, read: string | null) => (v === undefined ? read : v?.trim() ? v.trim() : null);

/** One guess as the editor left it: the words they corrected, on the guess the server read. */
function corrected(g: Guess, c: TCorrection): Guess {
  switch (g.kind) {
    case "COUNTRY":
      return g.atlasId ? g : { ...g, name: c.name || g.name, fresh: g.fresh && { ...g.fresh, name: c.name || g.fresh.name } };
    case "PERSON":
      return { ...g, name: g.atlasId ? g.name : c.name || g.name, role: c.role ?? g.role };
    case "ORGANIZATION":
      return g.atlasId ? g : { ...g, name: c.name || g.name, acronym: or(c.acronym, g.acronym) };
    case "EVENT":
      return {
        ...g,
        title: c.title || g.title,
        type: c.eventType ?? g.type,
        start: or(c.start, g.start),
        end: or(c.end, g.end),
      };
    case "MEMBERSHIP":
      return { ...g, status: c.status ?? g.status, since: or(c.since, g.since), until: or(c.until, g.until) };
    case "MISSION":
      return {
        ...g,
        type: c.missionType ?? g.type,
        city: c.city || g.city,
        opened: or(c.opened, g.opened),
      };
    case "FACT":
      return { ...g, subject: c.subject || g.subject, value: c.value || g.value, unit: c.unit || g.unit };
  }
}

/**
 * The reading with the editor's corrections: guesses they dropped are gone (and so are the
 * links to them), the words they corrected replace the ones read. A correction naming no guess
 * of this reading (the atlas changed since the page was read) is ignored.
 */
export function applyCorrections(reading: Reading, corrections: TCorrection[]): Reading & { dropped: Set<string> } {
  const byKey = new Map(corrections.map((c) => [c.key, c]));
  const dropped = new Set(corrections.filter((c) => !c.keep).map((c) => c.key));
  const guesses = reading.guesses.filter((g) => !dropped.has(g.key)).map((g) => (byKey.has(g.key) ? corrected(g, byKey.get(g.key)!) : g));
  // A role is said on the person's guess and held by each event they take part in.
  const roles = new Map(corrections.flatMap((c) => (c.role === undefined ? [] : [[c.key, c.role.trim()] as const])));
  const withRoles = guesses.map((g) => (g.kind === "EVENT" ? { ...g, participants: g.participants.map((p) => ({ ...p, role: roles.get(p.personKey) ?? p.role })) } : g));
  return { ...reading, guesses: withRoles, dropped };
}
