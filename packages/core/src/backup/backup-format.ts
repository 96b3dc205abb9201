import { z } from "zod";

import { Certainty, EntryKind, EntryStatus, NotificationKind, ReportStatus, RevisionAction, RevisionStatus, Role, ScheduleAction, ScheduleStatus } from "@atlas/db/enums";

// A backup is gzip-compressed JSON Lines: a header, then one line per row of the tables that hold
// the atlas's own history — users, change sets and their revisions, entries, schedules, old
// addresses, readers' corrections, inboxes and watchlists, the audit log and the site.
// Everything else (the public read model, search documents, page refresh jobs) is derived from
// them, and a restore derives it again.

export const BACKUP_FORMAT = "foreign-relations-atlas-backup";
export const BACKUP_VERSION = 2;

export const ZBackupHeader = z
  .object({
    format: z.literal(BACKUP_FORMAT, { error: "This is not a backup of Foreign Relations Atlas." }),
    version: z.literal(BACKUP_VERSION, { error: `This backup's format version is not ${BACKUP_VERSION}, the one this version reads.` }),
    createdAt: z.iso.datetime(),
    migrations: z.array(z.string()),
    counts: z.record(z.string(), z.number().int().min(0)),
  })
  .strict();
export type BackupHeader = z.infer<typeof ZBackupHeader>;

const when = z.coerce.date();
const json = z.json();

/** The tables, in the order they are written and restored (every reference points backwards). */
export const BACKUP_TABLES = {
  user: z
    .object({
      id: z.string(),
      email: z.string(),
      name: z.string(),
      passwordHash: z.string(),
      role: z.enum(Role),
      active: z.boolean(),
      sessionVersion: z.number().int(),
      lastSignInAt: when.nullable(),
      createdAt: when,
      updatedAt: when,
    })
    .strict(),
  changeSet: z.object({ id: z.string(), authorId: z.string().nullable(), note: z.string().nullable(), publishAt: when.nullable(), createdAt: when, updatedAt: when }).strict(),
  entry: z
    .object({
      id: z.string(),
      kind: z.enum(EntryKind),
      status: z.enum(EntryStatus),
      version: z.number().int().min(0),
      label: z.string(),
      official: z.boolean(),
      certainty: z.enum(Certainty),
      attribution: z.string().nullable(),
      // Absent from backups made before disputed statements existed.
      preferredReason: z.string().nullable().default(null),
      publishedAt: when.nullable(),
      createdAt: when,
      updatedAt: when,
      seedHash: z.string().nullable(),
      seedVersion: z.number().int().nullable(),
      // Absent from backups made before never-published entries had an owner.
      createdById: z.string().nullable().default(null),
    })
    .strict(),
  revision: z
    .object({
      id: z.string(),
      entryId: z.string(),
      kind: z.enum(EntryKind),
      action: z.enum(RevisionAction),
      payload: json.nullable(),
      label: z.string(),
      baseVersion: z.number().int(),
      draftVersion: z.number().int().min(1).default(1),
      status: z.enum(RevisionStatus),
      authorId: z.string().nullable(),
      message: z.string().nullable(),
      reviewerId: z.string().nullable(),
      reviewComment: z.string().nullable(),
      submittedAt: when.nullable(),
      reviewedAt: when.nullable(),
      publishedVersion: z.number().int().nullable(),
      changeSetId: z.string(),
      createdAt: when,
      updatedAt: when,
    })
    .strict(),
  schedule: z
    .object({
      id: z.string(),
      action: z.enum(ScheduleAction),
      runAt: when,
      status: z.enum(ScheduleStatus),
      changeSetId: z.string().nullable(),
      entryId: z.string().nullable(),
      createdById: z.string(),
      lastError: z.string().nullable(),
      createdAt: when,
      doneAt: when.nullable(),
    })
    .strict(),
  watch: z.object({ userId: z.string(), entryId: z.string(), createdAt: when }).strict(),
  // Absent from backups made before readers could send corrections.
  report: z
    .object({
      id: z.string(),
      entryId: z.string().nullable(),
      pagePath: z.string(),
      message: z.string(),
      email: z.string().nullable(),
      name: z.string().nullable(),
      status: z.enum(ReportStatus),
      reply: z.string().nullable(),
      replyEmailedAt: when.nullable(),
      changeSetId: z.string().nullable(),
      handledById: z.string().nullable(),
      handledAt: when.nullable(),
      createdAt: when,
    })
    .strict(),
  notification: z
    .object({
      id: z.string(),
      userId: z.string(),
      kind: z.enum(NotificationKind),
      message: z.string(),
      comment: z.string().nullable(),
      changeSetId: z.string().nullable(),
      entryId: z.string().nullable(),
      revisionId: z.string().nullable(),
      reportId: z.string().nullable().default(null),
      createdAt: when,
      readAt: when.nullable(),
      emailedAt: when.nullable(),
    })
    .strict(),
  slugRedirect: z.object({ kind: z.enum(EntryKind), fromSlug: z.string(), entryId: z.string(), createdAt: when }).strict(),
  auditLog: z
    .object({
      id: z
        .string()
        .regex(/^\d+$/)
        .transform((v) => BigInt(v)),
      at: when,
      actorId: z.string().nullable(),
      actorEmail: z.string().nullable(),
      action: z.string(),
      targetType: z.string().nullable(),
      targetId: z.string().nullable(),
      data: json,
    })
    .strict(),
  site: z
    .object({
      id: z.number().int(),
      focusCountryId: z.string(),
      title: z.string(),
      tagline: z.string().nullable(),
      language: z.string().nullable().default(null),
      // Absent from backups made before the site's licence and thresholds were settings.
      licenseName: z.string().nullable().default(null),
      licenseUrl: z.string().nullable().default(null),
      attribution: z.string().nullable().default(null),
      contactEmail: z.string().nullable().default(null),
      staleAfterYears: z.number().int().default(5),
    })
    .strict(),
} as const;

export type BackupTable = keyof typeof BACKUP_TABLES;
export const TABLE_ORDER = Object.keys(BACKUP_TABLES) as BackupTable[];
