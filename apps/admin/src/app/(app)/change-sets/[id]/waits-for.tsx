import Link from "next/link";

import { utcTime } from "@atlas/core/titles";
import { Alert } from "@atlas/ui";

type Dependency = { changeSetId: string; title: string; state: "writing" | "submitted" | "scheduled"; publishAt: Date | null; needs: { id: string; label: string }[] };

const STATE = (d: Dependency) =>
  d.state === "writing" ? "still a draft" : d.state === "submitted" ? "waiting for review" : `scheduled for ${d.publishAt ? utcTime(d.publishAt) : "later"}`;

/** How this change set and the author's others build on each other: what it waits for, and who waits for it. */
export function WaitsFor({ waitsFor, usedBy }: { waitsFor: Dependency[]; usedBy: { changeSetId: string; title: string; labels: string[] }[] }) {
  return (
    <>
      {waitsFor.length > 0 && (
        <Alert tone="info" title="Waits for other work">
          <p>It uses what other change sets make; it is published after them, or approved together with them.</p>
          <ul className="mt-1 list-disc pl-5">
            {waitsFor.map((d) => (
              <li key={d.changeSetId}>
                {d.needs.map((n) => `“${n.label}”`).join(", ")}, in{" "}
                <Link href={`/change-sets/${d.changeSetId}`} className="underline">
                  {d.title}
                </Link>{" "}
                ({STATE(d)})
              </li>
            ))}
          </ul>
        </Alert>
      )}
      {usedBy.length > 0 && (
        <Alert tone="info" title="Other work waits for this">
          <ul className="list-disc pl-5">
            {usedBy.map((d) => (
              <li key={d.changeSetId}>
                <Link href={`/change-sets/${d.changeSetId}`} className="underline">
                  {d.title}
                </Link>{" "}
                uses its new entries ({d.labels.map((l) => `“${l}”`).join(", ")}).
              </li>
            ))}
          </ul>
        </Alert>
      )}
    </>
  );
}
