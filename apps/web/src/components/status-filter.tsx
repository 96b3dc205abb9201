import { STATUS_FILTERS, type Counterpart, type StatusFilter } from "@atlas/core/public";
import { FilterField, inputClass } from "@atlas/ui";

const day = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const lowerFirst = (t: string) => t[0]!.toLowerCase() + t.slice(1);

/** "1 January 2000" from "2000-01-01". */
export const dayText = (iso: string) => day.format(new Date(`${iso}T00:00:00Z`));

/** The fields of /countries that ask for the status of relations on a day ("status on 1 Jan 2000"). */
export function StatusFilterFields({ on, status }: { on?: string; status?: StatusFilter }) {
  return (
    <>
      <FilterField htmlFor="on" label="Status on">
        <input id="on" name="on" type="date" min="1000-01-01" max="2100-12-31" defaultValue={on ?? ""} className={inputClass()} />
      </FilterField>
      <FilterField htmlFor="status" label="Status that day">
        <select id="status" name="status" defaultValue={status ?? ""} className={inputClass()}>
          <option value="">Any</option>
          {Object.entries(STATUS_FILTERS).map(([value, f]) => (
            <option key={value} value={value}>
              {f.label}
            </option>
          ))}
        </select>
      </FilterField>
    </>
  );
}

/** On a country's card: what the relations were on the day asked for, as the dated steps tell. */
export function StatusOnLine({ country }: { country: Counterpart }) {
  const s = country.statusOn;
  if (!s) return null;
  return (
    <p className="mt-2 text-sm text-ink-800" data-status-on={s.stage?.stage ?? "none"}>
      <span className="font-medium">On {dayText(s.day)}:</span> {s.stage ? `${lowerFirst(s.stage.label)} (${s.stage.date.display})` : "no step of the relations recorded yet"}
      {s.maybe && (
        <span className="text-ink-600">
          ; perhaps already “{s.maybe.label.toLowerCase()}” ({s.maybe.date.display}: the sources do not say when that year)
        </span>
      )}
    </p>
  );
}
