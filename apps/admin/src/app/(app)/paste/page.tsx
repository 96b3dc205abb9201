import type { Metadata } from "next";

import { requirePermission } from "@atlas/auth";

import { PageTitle } from "@/components/page-title";
import { PasteForm } from "./paste-form";

export const metadata: Metadata = { title: "Paste a sentence" };

export default async function PastePage() {
  await requirePermission("revision.create", "/paste");
  return (
    <div>
      <PageTitle title="Paste a sentence">
        Paste one sourced sentence and see what it is read as: its events, memberships, missions and figures, and the countries, people and organisations it names. Keep, correct or
        drop each guess; what you keep becomes one change set of drafts to complete and submit together. Nothing is public until an admin approves it.
      </PageTitle>
      <PasteForm />
    </div>
  );
}
