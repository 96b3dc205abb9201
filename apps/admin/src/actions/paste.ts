"use server";

import { getSession } from "@atlas/auth";
import { labelsForPayload, prefillEventDraft } from "@atlas/core";

import { toActionState } from "@/lib/action-result";
import type { ActionState } from "@/lib/action-state";
import { db } from "@/lib/session";

/** Turns a pasted sentence into a prefilled event form; nothing is saved. */
export async function pasteAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  try {
    const actor = await getSession();
    const draft = await prefillEventDraft({ db: db(), actor, input: { text: String(form.get("text") ?? "") } });
    const labels = await labelsForPayload({ db: db(), actor, payload: draft.payload });
    return { ok: true, data: { ...draft, labels } };
  } catch (error) {
    return toActionState(error);
  }
}
