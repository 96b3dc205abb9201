import { MissionType } from "@atlas/db/enums";

import { dateColumns, joinText, ref } from "../columns.ts";
import { countryPage } from "../country/index.ts";
import type { Kind } from "../kind.ts";
import { options, qualifiersSection, sourcesSection } from "../shared-form.ts";
import { MISSION_TYPE_LABELS } from "./labels.ts";
import { ZMissionPayload } from "./schema.ts";

export const mission: Kind<"MISSION", typeof ZMissionPayload> = {
  kind: "MISSION",
  names: { one: "mission", title: "Diplomatic mission", hint: "An embassy, consulate or office in another country." },
  idPrefix: "mission",
  schema: ZMissionPayload,
  form: [
    {
      title: "The mission",
      fields: [
        { name: "type", label: "Type", type: "select", options: options(MissionType, MISSION_TYPE_LABELS), required: true },
        { name: "senderId", label: "Country it represents", type: "picker", entryKind: "COUNTRY", required: true },
        { name: "hostId", label: "Host country", type: "picker", entryKind: "COUNTRY", required: true },
        { name: "city", label: "City", type: "text", required: true },
        { name: "name", label: "Name", type: "text", hint: "Only if it has a name of its own." },
        { name: "opened", label: "Opened", type: "date" },
        { name: "closed", label: "Closed", type: "date" },
      ],
    },
    sourcesSection,
    qualifiersSection,
  ],
  model: "mission",
  statement: true,
  references: (p) => [...ref("COUNTRY", ["senderId"], p.senderId), ...ref("COUNTRY", ["hostId"], p.hostId)],
  unique: [],
  label: (p, names) => `${MISSION_TYPE_LABELS[p.type]} of ${names.get(p.senderId) ?? p.senderId} in ${p.city}`,
  async write(tx, id, p) {
    const opened = dateColumns(p.opened);
    const closed = dateColumns(p.closed);
    const data = {
      type: p.type,
      senderId: p.senderId,
      hostId: p.hostId,
      city: p.city,
      name: p.name,
      openedOn: opened.date,
      openedPrecision: opened.precision,
      closedOn: closed.date,
      closedPrecision: closed.precision,
    };
    await tx.mission.upsert({ where: { id }, create: { id, ...data }, update: data });
  },
  links: [
    { to: "COUNTRY", table: "Mission", column: "senderId", owner: "id" },
    { to: "COUNTRY", table: "Mission", column: "hostId", owner: "id" },
  ],
  quotedFields: [],
  search: {
    quotes: ({ payload }) => ({ countries: [payload.senderId, payload.hostId] }),
    document: ({ label, payload: p }, q) => ({ title: label, body: joinText(MISSION_TYPE_LABELS[p.type], p.city, p.name, q.countries.get(p.hostId)?.name) }),
  },
  // On the page of the country at the other end from the focus country.
  shownOn: ({ payload: p }, q) => {
    const other = p.senderId === q.focusId ? p.hostId : p.senderId;
    const c = q.countries.get(other);
    return c ? { route: "country", slug: c.slug, anchor: "missions" } : countryPage(null, q, "missions");
  },
  route: null,
  tags: (p) => ({ countries: [p.senderId, p.hostId], lists: ["countries"] }),
  exportSet: "missions",
  seedFile: "missions.json",
};
