import { SectionHeading } from "@atlas/ui";

// The forms the exports and the API write (core/src/dates/edtf.ts), each as a reader would say it.
const FORMS: [code: string, meaning: string][] = [
  ["2024-09-03", "a day: 3 September 2024"],
  ["2011-08", "a month: August 2011, day unknown"],
  ["2007-22", "a season: summer 2007 (21 spring, 22 summer, 23 autumn, 24 winter; northern hemisphere, so summer is June to August)"],
  ["1961", "a year: some time in 1961"],
  ["199X", "a decade: the 1990s"],
];

/** How the open data writes dates: EDTF, never more precise than the sources. */
export function EdtfDates() {
  return (
    <section aria-labelledby="dates">
      <SectionHeading id="dates">Dates</SectionHeading>
      <div className="prose-atlas max-w-3xl text-sm">
        <p>
          Dates in the CSV and JSON files, the API and the feeds are written in the{" "}
          <a href="https://www.loc.gov/standards/datetime/">Extended Date/Time Format (EDTF, ISO 8601-2)</a>, exactly as precise as the sources: a date known to the month is never
          given a made-up day. The API adds the first and last day each date can mean, for instance{" "}
          <code>{`{ "edtf": "2007-22", "earliest": "2007-06-01", "latest": "2007-08-31" }`}</code>.
        </p>
      </div>
      <table className="mt-3 w-full max-w-3xl text-left text-sm">
        <caption className="sr-only">EDTF dates and what they mean</caption>
        <thead>
          <tr className="border-b border-ink-200 text-ink-600">
            <th scope="col" className="py-2 pr-4 font-medium">
              Written
            </th>
            <th scope="col" className="py-2 font-medium">
              Means
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-ink-100">
          {FORMS.map(([code, meaning]) => (
            <tr key={code}>
              <td className="py-2 pr-4 align-top">
                <code>{code}</code>
              </td>
              <td className="py-2 text-ink-700">{meaning}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
