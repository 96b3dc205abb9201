import { readFile } from "node:fs/promises";
import path from "node:path";

import { z } from "zod";

import type { EntryKind } from "@atlas/db/enums";

import { zodFieldErrors } from "../errors.ts";
import { ZEntryId } from "../kinds/fields.ts";
import { KINDS, payloadSchemas, SEED_FILES, type AnyPayload } from "../kinds/registry.ts";

export { SEED_FILES };

export const ZSiteSeed = z
  .object({
    focusCountryId: ZEntryId,
    title: z.string().trim().min(1).max(120),
    tagline: z.string().trim().max(300).nullable().default(null),
    /** The focus country's language (BCP 47): every country's name is shown in it too. */
    language: z
      .string()
      .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { error: "A language code, like mn." })
      .nullable()
      .default(null),
    /** The data's licence (shown in the footer, on /license, in exports, the API, feeds and JSON-LD). */
    licenseName: z.string().trim().min(1).max(200).nullable().default(null),
    licenseUrl: z
      .url({ protocol: /^https?$/, error: "An http(s) address." })
      .max(500)
      .nullable()
      .default(null),
    /** How reusers are asked to credit the atlas. */
    attribution: z.string().trim().min(1).max(300).nullable().default(null),
    contactEmail: z.email({ error: "An e-mail address." }).max(200).nullable().default(null),
    /** A statistic more than this many years old is flagged to readers as possibly out of date. */
    staleAfterYears: z.int({ error: "A whole number of years." }).min(1).max(100).default(5),
  })
  .strict();

export type SiteSeed = z.infer<typeof ZSiteSeed>;
export type SeedEntry = { file: string; kind: EntryKind; id: string; payload: AnyPayload };
export type SeedProblem = { file: string; entry: string; message: string };

/** A data file is malformed; names every file, entry and field at fault. */
export class SeedError extends Error {
  constructor(readonly problems: SeedProblem[]) {
    const shown = problems.slice(0, 20).map((p) => `  ${p.file} › ${p.entry}: ${p.message}`);
    const more = problems.length > 20 ? [`  …and ${problems.length - 20} more`] : [];
    super(["The seed data is not valid; nothing was imported.", ...shown, ...more].join("\n"));
    this.name = "SeedError";
  }
}

async function readJson(dir: string, file: string, problems: SeedProblem[]): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path.join(dir, file), "utf8");
  } catch {
    problems.push({ file, entry: "(file)", message: "missing or unreadable" });
    return null;
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    problems.push({ file, entry: "(file)", message: `not valid JSON: ${(error as Error).message}` });
    return null;
  }
}

/** Reads and validates every data file; throws SeedError listing all problems found. */
export async function loadSeedFiles(dir: string): Promise<{ entries: SeedEntry[]; site: SiteSeed }> {
  const problems: SeedProblem[] = [];
  const entries: SeedEntry[] = [];
  const seen = new Map<string, string>();
  for (const { file, kind } of SEED_FILES) {
    const data = await readJson(dir, file, problems);
    if (data === null) continue;
    if (!Array.isArray(data)) {
      problems.push({ file, entry: "(file)", message: "must be a JSON array of entries" });
      continue;
    }
    data.forEach((raw: unknown, index) => {
      const { id, ...rest } = (raw && typeof raw === "object" ? raw : {}) as { id?: unknown };
      const name = typeof id === "string" ? id : `entry #${index + 1}`;
      const idCheck = ZEntryId.safeParse(id);
      if (!idCheck.success || !String(id).startsWith(`${KINDS[kind].idPrefix}_`)) {
        problems.push({ file, entry: name, message: `id must look like "${KINDS[kind].idPrefix}_some-name"` });
        return;
      }
      if (seen.has(idCheck.data)) {
        problems.push({ file, entry: name, message: `id already used in ${seen.get(idCheck.data)}` });
        return;
      }
      seen.set(idCheck.data, file);
      const parsed = payloadSchemas[kind].safeParse(rest);
      if (!parsed.success) {
        for (const [field, messages] of Object.entries(zodFieldErrors(parsed.error))) {
          problems.push({ file, entry: name, message: `${field || "(entry)"}: ${messages.join(" ")}` });
        }
        return;
      }
      entries.push({ file, kind, id: idCheck.data, payload: parsed.data });
    });
  }
  const siteRaw = await readJson(dir, "site.json", problems);
  const site = ZSiteSeed.safeParse(siteRaw);
  if (siteRaw !== null && !site.success) {
    for (const [field, messages] of Object.entries(zodFieldErrors(site.error))) problems.push({ file: "site.json", entry: "site", message: `${field}: ${messages.join(" ")}` });
  }
  if (problems.length || !site.success) throw new SeedError(problems);
  return { entries, site: site.data };
}
