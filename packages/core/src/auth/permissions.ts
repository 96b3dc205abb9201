import type { RevisionStatus, Role } from "@atlas/db/enums";

import { ForbiddenError, NotFoundError, StateError, UnauthenticatedError } from "../errors.ts";
import type { Actor } from "./actor.ts";

// Who may do what, in one table. Use cases call assertCan before they read or write; the admin
// app's page guards and buttons call can() with the same names, so a page never offers what
// core would refuse, and core refuses whatever a page forgets.

/** Roles from least to most trusted: each may do everything the ones before it may. */
export const ROLES = ["EDITOR", "ADMIN"] as const satisfies readonly Role[];

export const hasRole = (actor: Actor | null | undefined, role: Role): boolean => !!actor && ROLES.indexOf(actor.role) >= ROLES.indexOf(role);

/** States in which a revision is still its author's to change: edit, submit, discard, rebase. */
export const EDITABLE_STATES = ["DRAFT", "CHANGES_REQUESTED"] as const satisfies readonly RevisionStatus[];
/** States of a revision not yet decided: editable, or waiting for review. */
export const OPEN_STATES = [...EDITABLE_STATES, "SUBMITTED"] as const satisfies readonly RevisionStatus[];

export const isEditable = (status: RevisionStatus) => (EDITABLE_STATES as readonly RevisionStatus[]).includes(status);
export const isOpen = (status: RevisionStatus) => (OPEN_STATES as readonly RevisionStatus[]).includes(status);

/** What a rule about one revision reads. */
export type RevisionTarget = { authorId: string | null; status: RevisionStatus };
/** What a rule about one entry reads: never-published entries are their creator's alone. */
export type EntryTarget = { version: number; createdById: string | null };

type Refusal = { error: "forbidden" | "state" | "not-found"; message: string };
type Check<T = RevisionTarget> = (actor: Actor, target: T) => Refusal | null;
type Rule = { role: Role; check?: Check } | { role: Role; entryCheck: Check<EntryTarget> };

const said = (status: RevisionStatus) => status.toLowerCase().replace("_", " ");
const NO_SUCH_REVISION: Refusal = { error: "not-found", message: "That revision does not exist." };
const NO_SUCH_ENTRY: Refusal = { error: "not-found", message: "That entry does not exist." };
const ONLY_AUTHOR = "Only its author can do that with a revision.";

const all =
  (...checks: Check[]): Check =>
  (actor, target) =>
    checks.map((c) => c(actor, target)).find(Boolean) ?? null;
/** The author's alone; to another editor someone's unpublished revision does not exist at all. */
const authorOnly =
  (message = ONLY_AUTHOR): Check =>
  (actor, r) =>
    r.authorId === actor.id ? null : r.status !== "PUBLISHED" && !hasRole(actor, "ADMIN") ? NO_SUCH_REVISION : { error: "forbidden", message };
const inStates =
  (states: readonly RevisionStatus[], message: (status: string) => string): Check =>
  (_actor, r) =>
    states.includes(r.status) ? null : { error: "state", message: message(said(r.status)) };
/** Others' unpublished work is invisible to an editor (not merely forbidden): it does not leak. */
const visibleIf =
  (seen: (actor: Actor, r: RevisionTarget) => boolean): Check =>
  (actor, r) =>
    seen(actor, r) || hasRole(actor, "ADMIN") ? null : NO_SUCH_REVISION;

/** An entry no one has published yet is its creator's draft: others do not see it exists. */
const isOthersDraft = (actor: Actor, e: EntryTarget) => e.version === 0 && e.createdById !== null && e.createdById !== actor.id;

export const PERMISSIONS = {
  "dashboard.read": { role: "EDITOR" },
  /** Lists and searches of entries (each list leaves out what entry.view refuses). */
  "entry.read": { role: "EDITOR" },
  /** One entry's page, history and watchlist; admins see others' unpublished drafts, read-only. */
  "entry.view": { role: "EDITOR", entryCheck: (a, e) => (isOthersDraft(a, e) && !hasRole(a, "ADMIN") ? NO_SUCH_ENTRY : null) },
  /** Writing a draft of an existing entry: any published one, or one's own never-published one. */
  "entry.draft": {
    role: "EDITOR",
    entryCheck: (a, e) =>
      !isOthersDraft(a, e)
        ? null
        : hasRole(a, "ADMIN")
          ? { error: "forbidden", message: "This entry is still someone else's draft: it can be edited once it is published." }
          : NO_SUCH_ENTRY,
  },
  /** New drafts: of a new entry, a revert, a removal request, a pasted sentence. */
  "revision.create": { role: "EDITOR" },
  "revision.read": { role: "EDITOR", check: visibleIf((a, r) => r.authorId === a.id || r.status === "PUBLISHED") },
  "revision.preview": { role: "EDITOR", check: visibleIf((a, r) => r.authorId === a.id) },
  "revision.edit": {
    role: "EDITOR",
    check: all(
      authorOnly("This draft belongs to someone else; start your own from the entry."),
      inStates(EDITABLE_STATES, (s) => `This revision is ${s}; withdraw it or start a new draft to edit.`),
    ),
  },
  "revision.submit": {
    role: "EDITOR",
    check: all(
      authorOnly(),
      inStates(EDITABLE_STATES, (s) => `Only drafts can be submitted; this one is ${s}.`),
    ),
  },
  "revision.discard": {
    role: "EDITOR",
    check: all(
      authorOnly(),
      inStates(EDITABLE_STATES, () => "Only an unsubmitted draft can be discarded."),
    ),
  },
  "revision.rebase": {
    role: "EDITOR",
    check: all(
      authorOnly(),
      inStates(EDITABLE_STATES, () => "Only a draft can be moved onto the current version."),
    ),
  },
  /** Moving one's draft into another of one's change sets (or a new one), or merging two of them. */
  "revision.move": {
    role: "EDITOR",
    check: all(
      authorOnly(),
      inStates(EDITABLE_STATES, (s) => `Only a draft can be moved to another change set; this one is ${s} (withdraw it from review first).`),
    ),
  },
  "revision.withdraw": {
    role: "EDITOR",
    check: all(
      authorOnly(),
      inStates(["SUBMITTED"], () => "Only a revision waiting for review can be withdrawn."),
    ),
  },
  "revision.approve": { role: "ADMIN", check: inStates(["SUBMITTED"], (s) => `Only a submitted revision can be approved; this one is ${s}.`) },
  /** Ask for changes, or reject for good. */
  "revision.reject": { role: "ADMIN", check: inStates(["SUBMITTED"], (s) => `Only a submitted revision can be reviewed; this one is ${s}.`) },
  "review.read": { role: "ADMIN" },
  /** Publications and takedowns planned for later: see them, cancel them, take them over. */
  "schedule.manage": { role: "ADMIN" },
  /** What a planned publication or takedown runs with: its planner must still hold it when its time comes. */
  "schedule.run": { role: "ADMIN" },
  /** One's own inbox and watchlist. */
  "inbox.read": { role: "EDITOR" },
  /** Corrections readers sent from the public pages: every editor sees them. */
  "report.read": { role: "EDITOR" },
  /** Turn a reader's correction into a change set, or close it with a reply. */
  "report.handle": { role: "EDITOR" },
  "audit.read": { role: "ADMIN" },
  "users.manage": { role: "ADMIN" },
  /** Failed background jobs and page refreshes: see them, retry them. */
  "jobs.manage": { role: "ADMIN" },
} as const satisfies Record<string, Rule>;

export type Permission = keyof typeof PERMISSIONS;
/** Permissions about one revision: asked with that revision. */
export type RevisionPermission = { [P in Permission]: (typeof PERMISSIONS)[P] extends { check: Check } ? P : never }[Permission];
/** Permissions about one entry: asked with that entry. */
export type EntryPermission = { [P in Permission]: (typeof PERMISSIONS)[P] extends { entryCheck: Check<EntryTarget> } ? P : never }[Permission];
export type PlainPermission = Exclude<Permission, RevisionPermission | EntryPermission>;

function refusal(actor: Actor | null | undefined, permission: Permission, target?: RevisionTarget | EntryTarget): Refusal | "anonymous" | null {
  if (!actor) return "anonymous";
  const rule: Rule = PERMISSIONS[permission];
  if (!hasRole(actor, rule.role)) return { error: "forbidden", message: rule.role === "ADMIN" ? "Only admins can do that." : "You are not allowed to do that." };
  if (!target) return null;
  if ("entryCheck" in rule) return rule.entryCheck(actor, target as EntryTarget);
  return rule.check ? rule.check(actor, target as RevisionTarget) : null;
}

/** May this actor do this (to this revision or entry)? For pages: which links and buttons to offer. */
export function can(actor: Actor | null | undefined, permission: PlainPermission): boolean;
export function can(actor: Actor | null | undefined, permission: RevisionPermission, target: RevisionTarget): boolean;
export function can(actor: Actor | null | undefined, permission: EntryPermission, target: EntryTarget): boolean;
export function can(actor: Actor | null | undefined, permission: Permission, target?: RevisionTarget | EntryTarget): boolean {
  return refusal(actor, permission, target) === null;
}

/**
 * Throws the error a user should see unless the actor may do this (to this revision or entry). A
 * use case asks first without the target (the role, before anything is read), then with it.
 */
export function assertCan(actor: Actor | null | undefined, permission: Permission): asserts actor is Actor;
export function assertCan(actor: Actor | null | undefined, permission: RevisionPermission, target: RevisionTarget): asserts actor is Actor;
export function assertCan(actor: Actor | null | undefined, permission: EntryPermission, target: EntryTarget): asserts actor is Actor;
export function assertCan(actor: Actor | null | undefined, permission: Permission, target?: RevisionTarget | EntryTarget): asserts actor is Actor {
  const r = refusal(actor, permission, target);
  if (r === null) return;
  if (r === "anonymous") throw new UnauthenticatedError();
  if (r.error === "not-found") throw new NotFoundError(r.message);
  throw r.error === "state" ? new StateError(r.message) : new ForbiddenError(r.message);
}
