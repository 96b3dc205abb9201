import type { z } from "zod";

import type { Prisma, Tx } from "@atlas/db";
import type { EntryKind } from "@atlas/db/enums";

import type { PagedRoute, PageRef } from "../routes.ts";

/** A reference from a payload field to another entry, checked before anything is written. */
export type Reference = { path: (string | number)[]; id: string; kind: EntryKind };

/** Fields (or field groups) that must be unique among entries of a kind. */
export type UniqueCheck<P> = { fields: (keyof P & string)[]; where: (p: P) => Record<string, unknown> | null };

/**
 * A column of the read model through which an entry of this kind refers to another entry: for
 * "what refers to X?" (it cannot leave the site before them; renaming it re-indexes them).
 */
export type Link = { to: EntryKind; table: string; column: string; owner: string };

export type RuleContext = { tx: Tx; id: string; focusCountryId: string | null };
export type RuleBreach = { path: (string | number)[]; message: string };

/** Ids a search document quotes, read in one batch for many documents. */
export type Quotes = { countries?: (string | null)[]; people?: string[]; organizations?: string[]; roles?: boolean };

/** What the documents of a batch may quote, loaded once. */
export type Quoted = {
  focusId: string | null;
  countries: Map<string, { slug: string; name: string; aliases: string[] }>;
  people: Map<string, { name: string; aliases: string[] }>;
  organizations: Map<string, { slug: string; name: string; acronym: string | null; aliases: string[] }>;
  /** A person's roles in published events ("U.S. Vice President"). */
  roles: Map<string, string[]>;
};

/** A published entry as search and the public site see it. */
export type Published<P> = { id: string; label: string; payload: P };

/** The public caches a change to an entry touches (see revalidation/tags.ts). */
export type TagSources = {
  countries?: (string | null | undefined)[];
  organizations?: (string | null | undefined)[];
  people?: string[];
  /** Lists of the site that show this kind: "countries", "timeline", "feeds", "organizations". */
  lists?: ("countries" | "timeline" | "feeds" | "organizations" | "sources" | "people")[];
  /** Its name appears on pages of every kind: a change refreshes the whole site. */
  everywhere?: boolean;
  /** A membership also shows on the page of every other member of its organisation. */
  fellowMembers?: boolean;
};

export type Option = [value: string, label: string];

/**
 * One input of an entry's form, as data: the admin app renders it; diffs and errors read it. No
 * placeholders: an example in grey looks like a value already filled in (examples go in the hint).
 */
export type FieldSpec = { name: string; label: string; hint?: string; required?: boolean } & (
  | { type: "text" }
  | { type: "slug"; from: string; yearFrom?: string }
  | { type: "textarea" }
  | { type: "markdown" }
  | { type: "select"; options: Option[]; allowEmpty?: boolean }
  | { type: "date" }
  | { type: "day" }
  | { type: "year" }
  | { type: "decimal" }
  | { type: "checkbox" }
  | { type: "picker"; entryKind: EntryKind }
  | { type: "multi-picker"; entryKind: EntryKind }
  | { type: "string-list" }
  | { type: "citations" }
  | { type: "participants" }
  | { type: "excerpts" }
  | { type: "alternatives"; value: { type: "select"; options: Option[] } | { type: "decimal" } }
);

export type FormSection = { title: string; fields: FieldSpec[] };

/**
 * Everything the atlas knows about one kind of content, in one place (kinds/<kind>/). Every
 * per-kind list elsewhere derives from the registry of these (kinds/registry.ts).
 */
export type Kind<K extends EntryKind, S extends z.ZodObject = z.ZodObject> = {
  kind: K;
  /** How people call it: "event" in sentences, "Event" as a title, and what it is for. */
  names: { one: string; title: string; hint: string };
  /** Prefix of new ids ("event" → "event_k3j9x0q2"). */
  idPrefix: string;
  /** What a revision holds and a form edits, checked on both sides. */
  schema: S;
  form: FormSection[];
  /** A statement must cite a source to be published (the database's trigger keeps the same list). */
  statement: boolean;
  /** The Prisma model holding its published rows (for uniqueness checks). */
  model: Uncapitalize<Prisma.ModelName>;
  references(p: z.infer<S>): Reference[];
  unique: UniqueCheck<z.infer<S>>[];
  /**
   * Fields people know an entry by (a name, an acronym, a web address, a code): a new entry with
   * the same value in one of them is likely one the atlas already has, and the existing one is
   * offered before another is created.
   */
  identity?: (keyof z.infer<S> & string)[];
  /** Human label; `names` maps referenced entry ids to their labels. */
  label(p: z.infer<S>, names: Map<string, string>): string;
  /** Writes the payload into the kind's own tables (the public read model). */
  write(tx: Tx, id: string, p: z.infer<S>): Promise<void>;
  links: Link[];
  /** Its fields that other entries' labels and search documents quote (a change re-indexes them). */
  quotedFields: (keyof z.infer<S> & string)[];
  search: {
    quotes(e: Published<z.infer<S>>): Quotes;
    /** Entries whose documents quote this change other than through links (people's roles in events). */
    alsoRefresh?(before: z.infer<S> | null, after: z.infer<S> | null): string[];
    /** Title and text of its search document; null for kinds search does not list. */
    document(e: Published<z.infer<S>>, q: Quoted): { title: string; body: string } | null;
  };
  /** The public page an entry appears on (its own, or the page that shows it); null: none. */
  shownOn(e: Published<z.infer<S>>, q: Quoted): PageRef | null;
  /**
   * Rules the schema cannot check alone, read against the database: a relationship is the focus
   * country's; a source's excerpts are its own.
   */
  rules?(p: z.infer<S>, ctx: RuleContext): RuleBreach[] | Promise<RuleBreach[]>;
  /**
   * The field whose value may be disputed, if any (its schema then holds `disputeFields`): pages
   * show the entry's value as preferred and the other readings, with their sources, as disputed.
   */
  disputable?: { field: keyof z.infer<S> & string; label(value: string): string };
  /**
   * Lists of citations that support one field of the statement rather than the whole of it, by
   * the list's name: a relationship's `statusCitations` support its `status` (the badge readers
   * see). Written to the citations table with that field; pages footnote the field with them.
   */
  citedFields?: Partial<Record<keyof z.infer<S> & string, keyof z.infer<S> & string>>;
  /** The route of its own public page, addressed by its slug (old slugs keep redirecting); null: none. */
  route: PagedRoute | null;
  tags(p: z.infer<S>): TagSources;
  /** The name of its set in the open data (/api/v1/export/events.csv) and its seed data file. */
  exportSet: string;
  seedFile: string;
};
