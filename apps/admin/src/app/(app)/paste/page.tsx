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
        Paste one sourced sentence: you get one change set of drafts (the event, and any country, person or source it needs) to check, complete and submit together. Nothing is
        public until an admin approves it.
      </PageTitle>
      <PasteForm />
    </div>
  );
}
