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

/** Other readings of a disputed statement, each with its sources, and why the entry's own is preferred. */
export const disputeSection = (value: { type: "select"; options: Option[] } | { type: "decimal" }): FormSection => ({
  title: "Disputed?",
  fields: [
    {
      name: "alternatives",
      label: "Other readings",
      type: "alternatives",
      value,
      hint: "When sources disagree: each other value with the sources that give it. The entry's own value above stays the preferred one.",
    },
    { name: "preferredReason", label: "Why the entry's own value is preferred", type: "text", hint: "Required when there are other readings; readers see it." },
  ],
});

/** The hint for texts that may carry inline citation markers. */
export const MARKER_HINT = "Put [^1] right after the sentence Source 1 supports ([^1][^2] for two); sources not marked anywhere are cited after the text.";
