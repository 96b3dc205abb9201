"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";

import { getSession } from "@atlas/auth";
import {
  discardDraft,
  pickerOptions,
  rebaseRevision,
  requestRemoval,
  revertEntry,
  saveDraft,
  submitRevision,
  ValidationError,
  withdrawRevision,
  type PickerOption,
} from "@atlas/core";

import { toActionState } from "@/lib/action-result";
import type { ActionState } from "@/lib/action-state";
import { db } from "@/lib/session";

const field = (form: FormData, name: string) => {
  const v = form.get(name);
  return typeof v === "string" && v !== "" ? v : undefined;
};

/** Saves the editor's draft (and submits it for review when asked); the form sends its payload as JSON. */
export async function saveDraftAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  let target: string;
  try {
    const actor = await getSession();
    let payload: unknown;
    try {
      payload = JSON.parse(field(form, "payload") ?? "");
    } catch {
      throw new ValidationError({ "": ["The form could not be read. Reload the page and try again."] });
    }
    const saved = await saveDraft({
      db: db(),
      actor,
      input: { kind: field(form, "kind") as never, entryId: field(form, "entryId"), revisionId: field(form, "revisionId"), payload, message: field(form, "message") ?? null },
    });
    const submit = field(form, "intent") === "submit";
    if (submit) await submitRevision({ db: db(), actor, input: { revisionId: saved.revisionId } });
    target = `/revisions/${saved.revisionId}?done=${submit ? "submit" : "save"}`;
  } catch (error) {
    return toActionState(error);
  }
  revalidatePath("/");
  redirect(target);
}

/** One of the author's moves on their revision: submit, withdraw, discard, or keep their text on the current version. */
export async function revisionAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const revisionId = field(form, "revisionId") ?? "";
  const intent = field(form, "intent") ?? "";
  try {
    const actor = await getSession();
    const input = { revisionId };
    if (intent === "submit") await submitRevision({ db: db(), actor, input });
    else if (intent === "withdraw") await withdrawRevision({ db: db(), actor, input });
    else if (intent === "discard") await discardDraft({ db: db(), actor, input });
    else if (intent === "rebase") await rebaseRevision({ db: db(), actor, input });
    else return { ok: false, message: "Unknown action." };
  } catch (error) {
    return toActionState(error);
  }
  revalidatePath("/", "layout");
  redirect(`/revisions/${revisionId}?done=${intent}`);
}

/** Proposes unpublishing or deleting an entry (it waits for an admin). */
export async function removalAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  let target: string;
  try {
    const actor = await getSession();
    const action = field(form, "action") === "DELETE" ? "DELETE" : "UNPUBLISH";
    const { revisionId } = await requestRemoval({ db: db(), actor, input: { entryId: field(form, "entryId") ?? "", message: field(form, "message") ?? null }, action });
    target = `/revisions/${revisionId}`;
  } catch (error) {
    return toActionState(error);
  }
  redirect(target);
}

/** Starts a draft that brings back an earlier published version. */
export async function revertAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  let target: string;
  try {
    const actor = await getSession();
    const { revisionId } = await revertEntry({ db: db(), actor, input: { entryId: field(form, "entryId") ?? "", toVersion: field(form, "toVersion") ?? "" } });
    target = `/revisions/${revisionId}`;
  } catch (error) {
    return toActionState(error);
  }
  redirect(target);
}

const ZOptionsQuery = z.object({ kind: z.string().max(20), q: z.string().max(200) });

/** Options for a picker field, as the editor types. */
export async function pickerOptionsAction(kind: string, q: string): Promise<PickerOption[]> {
  const parsed = ZOptionsQuery.safeParse({ kind, q });
  if (!parsed.success) return [];
  try {
    return await pickerOptions({ db: db(), actor: await getSession(), input: parsed.data as never });
  } catch {
    return [];
  }
}
