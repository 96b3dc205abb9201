// The editorial domain, for the admin app and the command line. (The public site uses
// @atlas/core/public only.) A use case that acts for someone takes { db, actor, input } and asks
// the permission table (auth/permissions.ts) before it reads or writes; the few that act for the
// system (the seed, the job worker, backups) take what they need and no actor.
export { type Actor } from "./auth/actor.ts";
export * from "./auth/permissions.ts";
export { AUDIT_ACTIONS, type AuditAction } from "./audit/write-audit.ts";
export { AUDIT_PAGE_SIZE, listAuditLog, ZAuditFilter, type TAuditFilter } from "./audit/list-audit-log.ts";
export { getDashboard } from "./dashboard/get-dashboard.ts";
export { discardDraft } from "./drafts/discard-draft.ts";
export { rebaseRevision } from "./drafts/rebase-revision.ts";
export { requestRemoval } from "./drafts/request-removal.ts";
export { revertEntry } from "./drafts/revert-entry.ts";
export { saveAndSubmitDraft } from "./drafts/save-and-submit-draft.ts";
export { saveDraft } from "./drafts/save-draft.ts";
export * from "./drafts/schemas.ts";
export { submitRevision } from "./drafts/submit-revision.ts";
export { withdrawRevision } from "./drafts/withdraw-revision.ts";
export { ALL_KINDS, countryFields, emptyPayload, fieldLabel, KIND_ORDER, KINDS, kindOf, type FieldSpec, type FormSection } from "./kinds/index.ts";
export * from "./entries/labels.ts";
export { latestPublishedPayload } from "./entries/published-payload.ts";
export { kindName } from "./entries/validate-entry.ts";
export * from "./errors.ts";
export { diffRevisions, getEntryHistory } from "./history/get-entry-history.ts";
export { listCountryChoices, listEntries, pickerOptions, ZPicker } from "./entries/list-entries.ts";
export { prefillEventDraft, ZPasteSentence, type TPasteSentence } from "./paste/prefill-event-draft.ts";
export type { PastedDraft } from "./paste/parse-sentence.ts";
export { MAX_ATTEMPTS, processRevalidationJobs, type RevalidationSender } from "./revalidation/outbox.ts";
export { publicSiteSender } from "./revalidation/public-site-sender.ts";
export { retryRevalidationJob } from "./revalidation/retry-revalidation-job.ts";
export { TAGS } from "./revalidation/tags.ts";
export { approveRevision } from "./review/approve-revision.ts";
export type { FieldDiff } from "./review/diff-payloads.ts";
export { getRevision } from "./review/get-revision.ts";
export { listQueueAuthors, listReviewQueue, ZQueueFilter, type TQueueFilter } from "./review/list-review-queue.ts";
export { rejectRevision } from "./review/reject-revision.ts";
export { previewRevision } from "./review/preview-revision.ts";
export { getEntryForEdit } from "./entries/get-entry-for-edit.ts";
export { labelsForPayload } from "./entries/labels-for-ids.ts";
export type { PickerOption } from "./entries/list-entries.ts";
export type { Preview } from "./review/preview-revision.ts";
export { getFocusCountry } from "./entries/focus-country.ts";
export { describeCount, encodeCursor } from "./paging/keyset.ts";
