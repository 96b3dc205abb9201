import { Alert } from "@atlas/ui";

/** What was wrong with the address's filters, and what the page did instead. */
export function QueryProblems({ problems }: { problems: string[] }) {
  if (!problems.length) return null;
  return (
    <Alert tone="warning" title="Some filters could not be used" className="mb-6">
      <ul className="list-disc pl-5">
        {problems.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
    </Alert>
  );
}
