"use client";

import { useActionState, useEffect, useRef, useState, type FormEvent } from "react";

import { fieldDefault, fieldLabel, fieldLimits, KINDS, payloadSchemas, slugFor, slugSpec, type FieldSpec } from "@atlas/core/kinds";
import type { EntryKind } from "@atlas/db/enums";
import { Alert, buttonClass, Field, inputClass } from "@atlas/ui";

import { saveDraftAction } from "@/actions/entries";
import { stateOf } from "@/lib/action-state";
import { CharacterCount } from "../character-count";
import { DateInput } from "./date-input";
import { DraftContext } from "./draft-context";
import { EditConflictPanel, PresenceNote } from "./edit-conflict";
import { limitErrors, mergeErrors } from "./limit-errors";
import { MultiPicker, StringList } from "./list-inputs";
import { MarkdownInput } from "./markdown-input";
import { Picker } from "./picker";
import { CitationsInput, ExcerptsInput, ParticipantsInput, type Citation, type Excerpt, type Participant } from "./row-inputs";
import { SimilarEntries } from "./similar-entries";
import { errorsAt, type Errors, type Labels } from "./types";
import { useAutosave } from "./use-autosave";
import { usePresence } from "./use-presence";

/** A list field of the payload being edited (the form's own state, shaped by the kind's schema). */
const listOf = <T,>(v: unknown): T[] => (Array.isArray(v) ? (v as T[]) : []);

type Payload = Record<string, unknown>;

/** Same schema as the server: problems show next to their fields before anything is sent. */
function clientErrors(kind: EntryKind, payload: Payload): Errors {
  const result = payloadSchemas[kind].safeParse(payload);
  if (result.success) return {};
  const errors: Errors = {};
  for (const issue of result.error.issues) (errors[issue.path.map(String).join(".")] ??= []).push(issue.message);
  return errors;
}

export function EntryForm({
  kind,
  entryId,
  revisionId,
  initialPayload,
  initialLabels,
  notes = [],
  changeSetId,
  draftVersion = 0,
  initialMessage,
}: {
  kind: EntryKind;
  entryId?: string;
  revisionId?: string;
  /** The change set a new draft joins (one started from another form, or from a paste). */
  changeSetId?: string;
  /** The version of the draft the form opened with (0: none yet): saves from an older copy are refused, never overwrite. */
  draftVersion?: number;
  initialPayload: Payload;
  initialLabels: Labels;
  notes?: string[];
  /** The draft's "What changed" note so far: shown to keep or amend (a send-back keeps it). */
  initialMessage?: string | null;
}) {
  const [result, formAction, pending] = useActionState(saveDraftAction, {});
  const state = stateOf(result);
  const [payload, setPayload] = useState<Payload>(initialPayload);
  const [labels, setLabels] = useState<Labels>(initialLabels);
  const [localErrors, setLocalErrors] = useState<Errors | null>(null);
  const [slugTouched, setSlugTouched] = useState(Boolean(initialPayload.slug));
  const [message, setMessage] = useState(initialMessage ?? "");
  const summary = useRef<HTMLDivElement>(null);
  const autosave = useAutosave(kind, { entryId, revisionId, changeSetId, draftVersion }, payload, setPayload);
  const ids = autosave.ids;
  const others = usePresence(ids.entryId);
  const { resume, showConflict } = autosave;
  // The form's own save was refused: autosave takes over again (a conflict is shown as autosave's is).
  useEffect(() => {
    if (result.serverError?.conflict) showConflict(result.serverError.conflict, result.serverError.message);
    if (result.serverError || result.validationErrors) resume();
    // Once per answer.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [result]);
  const limits = fieldLimits(kind);
  // Text over a limit is kept as typed and marked at once (inputs have no maxLength: they would cut it).
  const errors: Errors = mergeErrors(localErrors ?? state.fieldErrors ?? {}, limitErrors(payload, limits));

  const set = (name: string, value: unknown) => {
    setPayload((p) => {
      const next = { ...p, [name]: value };
      // Filled in from the name (and the year, for events) until the editor writes a slug of their own.
      const spec = slugSpec(kind);
      if (spec && (spec.from === name || spec.yearFrom === name) && !slugTouched) next.slug = slugFor(kind, next);
      return next;
    });
    if (localErrors) setLocalErrors(null);
  };
  const addLabel = (id: string, label: string) => setLabels((l) => ({ ...l, [id]: label }));

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    // Saving a draft keeps whatever is there (incomplete is fine); submitting asks for everything.
    const submitting = (e.nativeEvent as SubmitEvent).submitter?.getAttribute("value") === "submit";
    const found = mergeErrors(submitting ? clientErrors(kind, payload) : {}, limitErrors(payload, limits));
    if (!Object.keys(found).length) autosave.forget();
    if (Object.keys(found).length) {
      e.preventDefault();
      setLocalErrors(found);
      requestAnimationFrame(() => summary.current?.focus());
    }
  };

  const control = (f: FieldSpec, id: string, describedBy: string | undefined) => {
    const v = payload[f.name];
    const invalid = errorsAt(errors, f.name).length > 0;
    const common = { id, "aria-describedby": describedBy, "aria-invalid": invalid || undefined } as const;
    switch (f.type) {
      case "text":
      case "slug":
        return (
          <>
            <input
              {...common}
              value={String(v ?? "")}
              onChange={(e) => {
                if (f.type === "slug") setSlugTouched(true);
                set(f.name, e.target.value);
              }}
              className={inputClass(invalid)}
            />
            <CharacterCount value={String(v ?? "")} max={limits[f.name]} />
          </>
        );
      case "textarea":
        return (
          <>
            <textarea {...common} rows={3} value={String(v ?? "")} onChange={(e) => set(f.name, e.target.value)} className={inputClass(invalid)} />
            <CharacterCount value={String(v ?? "")} max={limits[f.name]} />
          </>
        );
      case "markdown":
        return <MarkdownInput id={id} describedBy={describedBy} invalid={invalid} value={String(v ?? "")} maxLength={limits[f.name]} onChange={(x) => set(f.name, x)} />;
      case "select":
        return (
          <select {...common} value={String(v ?? "")} onChange={(e) => set(f.name, e.target.value)} className={inputClass(invalid)}>
            {f.allowEmpty && <option value="">Choose…</option>}
            {f.options.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        );
      case "date":
        return <DateInput id={id} label={f.label} describedBy={describedBy} invalid={invalid} value={String(v ?? "")} onChange={(x) => set(f.name, x)} />;
      case "day":
        return <input {...common} type="date" value={String(v ?? "")} onChange={(e) => set(f.name, e.target.value)} className={inputClass(invalid)} />;
      case "year":
        return (
          <input
            {...common}
            inputMode="numeric"
            maxLength={4}
            value={String(v ?? "")}
            onChange={(e) => set(f.name, e.target.value.replace(/\D/g, ""))}
            className={`${inputClass(invalid)} w-32`}
          />
        );
      case "decimal":
        return <input {...common} inputMode="decimal" value={String(v ?? "")} onChange={(e) => set(f.name, e.target.value.trim())} className={`${inputClass(invalid)} w-48`} />;
      case "checkbox":
        // Not given yet: shown as the schema reads it (an "Official" left unsaid is official, as the review says).
        return (
          <input
            {...common}
            type="checkbox"
            checked={Boolean(v ?? fieldDefault(kind, f.name))}
            onChange={(e) => set(f.name, e.target.checked)}
            className="h-4 w-4 accent-sky-700"
          />
        );
      case "picker":
        return (
          <Picker
            id={id}
            kind={f.entryKind}
            describedBy={describedBy}
            invalid={invalid}
            value={(v as string) || null}
            label={labels[v as string]}
            onChange={(x, l) => (set(f.name, x ?? ""), x && l && addLabel(x, l))}
          />
        );
      case "multi-picker":
        return (
          <MultiPicker
            id={id}
            name={f.name}
            kind={f.entryKind}
            value={(v as string[]) ?? []}
            labels={labels}
            errors={errors}
            onChange={(ids, l) => (set(f.name, ids), l && addLabel(...l))}
          />
        );
      case "string-list":
        return <StringList id={id} invalid={invalid} value={(v as string[]) ?? []} maxLength={limits[f.name]} onChange={(x) => set(f.name, x)} />;
      case "citations":
        return (
          <CitationsInput id={id} name={f.name} value={listOf<Citation>(v)} labels={labels} errors={errors} limits={limits} onChange={(x) => set(f.name, x)} onLabel={addLabel} />
        );
      case "participants":
        return (
          <ParticipantsInput
            id={id}
            name={f.name}
            value={listOf<Participant>(v)}
            labels={labels}
            errors={errors}
            limits={limits}
            onChange={(x) => set(f.name, x)}
            onLabel={addLabel}
          />
        );
      case "excerpts":
        return <ExcerptsInput id={id} name={f.name} value={listOf<Excerpt>(v)} errors={errors} limits={limits} onChange={(x) => set(f.name, x)} />;
      case "alternatives": {
        // Shown, and kept as they are on save; editing them in the form is still to come.
        const readings = listOf<{ value: string; citations: unknown[] }>(v);
        return (
          <p id={id} className="text-sm text-ink-700">
            {readings.length
              ? readings
                  .map((r) => `${f.value.type === "select" ? (f.value.options.find(([x]) => x === r.value)?.[1] ?? r.value) : r.value} (${r.citations.length} cited)`)
                  .join("; ")
              : "None."}
          </p>
        );
      }
    }
  };

  const errorList = Object.entries(errors);
  return (
    <DraftContext value={{ changeSetId: ids.changeSetId, adoptChangeSet: autosave.adoptChangeSet }}>
      <form action={formAction} onSubmit={onSubmit} className="max-w-3xl space-y-8" noValidate>
        <input type="hidden" name="kind" value={kind} />
        {ids.entryId && <input type="hidden" name="entryId" value={ids.entryId} />}
        {ids.revisionId && <input type="hidden" name="revisionId" value={ids.revisionId} />}
        {ids.changeSetId && <input type="hidden" name="changeSetId" value={ids.changeSetId} />}
        <input type="hidden" name="baseDraftVersion" value={ids.draftVersion} />
        <input type="hidden" name="payload" value={JSON.stringify(payload)} />

        <PresenceNote others={others} />
        {autosave.conflict && (
          <EditConflictPanel kind={kind} conflict={autosave.conflict} onKeepMine={autosave.keepMine} onTakeTheirs={autosave.takeTheirs} onMerge={autosave.mergeBoth} />
        )}
        {autosave.status.message && !autosave.conflict && (
          <Alert tone={autosave.status.state === "conflict" || autosave.status.state === "error" ? "error" : "info"}>{autosave.status.message}</Alert>
        )}
        <SimilarEntries kind={kind} entryId={ids.entryId} payload={payload} />
        {notes.length > 0 && (
          <Alert tone="info" title="Check these before saving">
            <ul className="list-disc pl-5">
              {notes.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          </Alert>
        )}
        {(errorList.length > 0 || (state.message && !state.ok && !autosave.conflict)) && (
          <div ref={summary} tabIndex={-1} className="outline-none">
            <Alert tone="error" title={state.message && !localErrors ? state.message : "Some fields need attention."}>
              {errorList.length > 0 && (
                <ul className="list-disc pl-5">
                  {errorList.map(([path, messages]) => (
                    <li key={path}>
                      <a href={`#field-${path.split(".")[0]}`} className="underline">
                        {path ? fieldLabel(kind, path.split(".")[0]!) : "The entry"}
                      </a>
                      : {messages.join(" ")}
                    </li>
                  ))}
                </ul>
              )}
            </Alert>
          </div>
        )}

        {KINDS[kind].form.map((section) => (
          <fieldset key={section.title} className="rounded-lg border border-ink-200 bg-white p-5">
            <legend className="px-1 font-serif text-lg font-semibold text-ink-900">{section.title}</legend>
            <div className="mt-2 space-y-5">
              {section.fields.map((f) => (
                <Field key={f.name} id={`field-${f.name}`} label={f.label} hint={f.hint} required={f.required} errors={errorsAt(errors, f.name)}>
                  {(p) => control(f, p.id, p["aria-describedby"])}
                </Field>
              ))}
            </div>
          </fieldset>
        ))}

        <fieldset className="rounded-lg border border-ink-200 bg-white p-5">
          <legend className="px-1 font-serif text-lg font-semibold text-ink-900">For the reviewer</legend>
          <label htmlFor="message" className="mt-2 block text-sm font-medium text-ink-800">
            What changed, and why (optional)
          </label>
          <textarea
            id="message"
            name="message"
            rows={2}
            value={message}
            onChange={(e) => setMessage(e.target.value)}
            className={inputClass(Boolean(errorsAt(errors, "message").length))}
          />
          <CharacterCount value={message} max={1000} />
        </fieldset>

        <div className="sticky bottom-0 flex flex-wrap gap-3 border-t border-ink-200 bg-ink-50/95 py-4 backdrop-blur">
          <button type="submit" name="intent" value="save" className={buttonClass("secondary")} disabled={pending || autosave.busy || !!autosave.conflict}>
            {pending ? "Saving…" : "Save draft"}
          </button>
          <button type="submit" name="intent" value="submit" className={buttonClass("primary")} disabled={pending || autosave.busy || !!autosave.conflict}>
            Save and submit for review
          </button>
          <p className="self-center text-sm text-ink-600" role="status">
            {autosave.status.state === "saving"
              ? "Saving…"
              : autosave.status.state === "saved"
                ? `Draft saved at ${autosave.status.at}.`
                : "Nothing reaches the public site until an admin approves it."}
          </p>
        </div>
      </form>
    </DraftContext>
  );
}
