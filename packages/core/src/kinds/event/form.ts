import { EventType } from "@atlas/db/enums";

import type { FormSection } from "../kind.ts";
import { MARKER_HINT, options, qualifiersSection, slugField, sourcesSection } from "../shared-form.ts";
import { EVENT_TYPE_LABELS } from "./labels.ts";

export const eventForm: FormSection[] = [
  {
    title: "What happened",
    fields: [
      { name: "title", label: "Title", type: "text", required: true },
      slugField("title", "start"),
      { name: "type", label: "Type", type: "select", options: options(EventType, EVENT_TYPE_LABELS), required: true },
      { name: "description", label: "Description", type: "markdown", required: true, hint: `Markdown: *emphasis*, [links](https://…), lists. ${MARKER_HINT}` },
    ],
  },
  {
    title: "When and where",
    fields: [
      { name: "start", label: "Date", type: "date", required: true, hint: "As precisely as the sources give it: a day, a month, a season, a year or a decade." },
      { name: "end", label: "End date", type: "date", hint: "Only for events that lasted." },
      { name: "place", label: "Place", type: "text", hint: "The city or site as the sources name it." },
      { name: "placeCountryId", label: "Country of the place", type: "picker", entryKind: "COUNTRY" },
    ],
  },
  {
    title: "Who was involved",
    fields: [
      { name: "countryIds", label: "Countries involved", type: "multi-picker", entryKind: "COUNTRY", required: true },
      { name: "participants", label: "People and their roles at the time", type: "participants" },
      { name: "organizationIds", label: "Organisations", type: "multi-picker", entryKind: "ORGANIZATION" },
    ],
  },
  sourcesSection,
  qualifiersSection,
];
