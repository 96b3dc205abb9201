// Client-safe (the admin's forms use it too). How notifications and schedules name a piece of work: the first entry and how many more, with
// the verb in the right number ("“Modi visits Mongolia” and 3 other entries were approved").

/** “Modi visits Mongolia” and 3 other entries. */
export const titleOf = (labels: string[]) =>
  labels.length === 1 ? `“${labels[0]}”` : `“${labels[0]}” and ${labels.length - 1} other ${labels.length === 2 ? "entry" : "entries"}`;

/** "was" for one entry, "were" for several. */
export const wasOrWere = (labels: string[]) => (labels.length === 1 ? "was" : "were");

/** A time as the admin app shows it: 12 Dec 09:00 UTC (with the year when it is not this one's). */
export const utcTime = (d: Date, now = new Date()) =>
  `${d.getUTCDate()} ${d.toLocaleString("en-GB", { month: "short", timeZone: "UTC" })}${d.getUTCFullYear() === now.getUTCFullYear() ? "" : ` ${d.getUTCFullYear()}`} ${d.toISOString().slice(11, 16)} UTC`;
