"use server";

import { headers } from "next/headers";

import { corrections, problemOf, type TCorrection } from "@atlas/core/public";
import { CLIENT_ADDRESS_HEADER } from "@atlas/next-config/request-guard";

import { correctionSecret } from "./correction-secret";
import type { CorrectionState } from "./correction-state";

const text = (form: FormData, key: string) => {
  const v = form.get(key);
  return typeof v === "string" ? v : "";
};

/**
 * A reader's "Suggest a correction" form, sent: core checks it (spam, the per-address limit) and
 * hands it to the editors. Whatever happens, what the reader typed comes back with the answer,
 * with a fresh form token.
 */
export async function sendCorrection(_previous: CorrectionState, form: FormData): Promise<CorrectionState> {
  const entryId = text(form, "entryId") || null;
  const input: TCorrection = {
    entryId,
    pagePath: text(form, "pagePath"),
    message: text(form, "message"),
    email: text(form, "email"),
    name: text(form, "name"),
    website: text(form, "website"),
    token: text(form, "token"),
  };
  const values = { message: input.message, email: text(form, "email"), name: text(form, "name") };
  const fresh = corrections.issueToken(correctionSecret, entryId);
  // The address the site's server saw (its trusted proxies included), never one a client wrote.
  const address = (await headers()).get(CLIENT_ADDRESS_HEADER) ?? "unknown";
  try {
    await corrections.submit(input, { address, secret: correctionSecret });
    return { status: "sent", message: "Thank you: your correction reached the editors. They read every one.", values: { message: "", email: "", name: "" }, token: fresh };
  } catch (error) {
    const view = problemOf(error);
    if (!view) throw error;
    return { status: "error", message: view.message, fieldErrors: view.fieldErrors, values, token: fresh };
  }
}

/** A token for a form the reader has just started to fill in (the page's own may be hours old, from the cache). */
// eslint-disable-next-line @typescript-eslint/require-await -- a server action must be async; issuing a token waits for nothing
export async function freshCorrectionToken(entryId: string | null): Promise<string> {
  return corrections.issueToken(correctionSecret, entryId);
}
