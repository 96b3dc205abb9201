import { Certainty } from "@atlas/db/enums";

import type { FieldSpec, FormSection, Option } from "./kind.ts";

export const CERTAINTY_LABELS: Record<Certainty, string> = {
  STATED: "Stated",
  ESTIMATE: "Estimate",
  CLAIM: "Claim",
};

/** Options of a select from an enum and its labels (values not labelled read as lower-case words). */
export const options = (values: Record<string, string>, labels: Record<string, string> = {}, capitalise = false): Option[] =>
  Object.values(values).map((v) => {
    const label = labels[v] ?? v.toLowerCase().replaceAll("_", " ");
    return [v, capitalise ? label[0]!.toUpperCase() + label.slice(1) : label];
  });

/** Every statement's sources. */
export const sourcesSection: FormSection = {
  title: "Sources",
  fields: [{ name: "citations", label: "Sources", type: "citations", hint: "Every published statement cites at least one source; point at the exact passage where you can." }],
};

/** Sources of an entity (optional). */
export const entitySourcesSection: FormSection = { title: "Sources", fields: [{ name: "citations", label: "Sources", type: "citations" }] };

/** How firm a statement is. */
export const qualifiersSection: FormSection = {
  title: "How firm is it?",
  fields: [
    { name: "certainty", label: "Certainty", type: "select", options: options(Certainty, CERTAINTY_LABELS) },
    { name: "attribution", label: "Attributed to", type: "text", hint: "Who makes the claim or estimate (“One scholar”). Leave empty when the sources state it plainly." },
    { name: "official", label: "Official (clear this for unofficial statements or acts)", type: "checkbox" },
  ],
};

/** A slug filled in from another field ("title"), after the year of a date field if given. */
export const slugField = (from: string, yearFrom?: string): FieldSpec => ({
  name: "slug",
  label: "Slug (in the page address)",
  type: "slug",
  from,
  ...(yearFrom ? { yearFrom } : {}),
  required: true,
  hint: "Lower-case words joined by hyphens. Filled in from the name; change it if you need to.",
});
