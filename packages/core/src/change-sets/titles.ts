// How notifications and schedules name a piece of work: the first entry and how many more, with
// the verb in the right number ("“Modi visits Mongolia” and 3 other entries were approved").

/** “Modi visits Mongolia” and 3 other entries. */
export const titleOf = (labels: string[]) =>
  labels.length === 1 ? `“${labels[0]}”` : `“${labels[0]}” and ${labels.length - 1} other ${labels.length === 2 ? "entry" : "entries"}`;

/** "was" for one entry, "were" for several. */
export const wasOrWere = (labels: string[]) => (labels.length === 1 ? "was" : "were");

/** A time as the admin app shows it: 12 Dec 2026 09:00 UTC. */
export const utcTime = (d: Date) =>
  `${d.getUTCDate()} ${d.toLocaleString("en-GB", { month: "short", timeZone: "UTC" })} ${d.getUTCFullYear()} ${d.toISOString().slice(11, 16)} UTC`;
